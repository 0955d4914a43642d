/**
 * Draws the demo school's placeholder crest (St Stephens Community Academy — made up,
 * not the school's real logo) into assets/:
 *
 *   placeholder-logo.png               400×480 pixels, what the demo adds as the school's logo
 *   placeholder-logo.svg               the same drawing as vector shapes, for the settings page
 *   placeholder-logo.fingerprint.json  hashLogo() of the PNG, so the demo need not hash it at start-up
 *
 * The drawing is PLACEHOLDER_LOGO in support/images/logos.ts, the same one the logo tests
 * transform, so the asset and the tests depict the same logo (tests/images/logo-api.test.ts
 * checks the committed files are current). Run: npx tsx scripts/make-placeholder-logo.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashLogo } from '../lib/images';
import { toSvg } from '../support/images/draw';
import { renderLogo } from '../support/images/generate';
import { PLACEHOLDER_LOGO } from '../support/images/logos';
import { encodePng } from '../support/images/png';

const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const pixels = renderLogo(PLACEHOLDER_LOGO);
writeFileSync(path.join(assets, 'placeholder-logo.png'), encodePng(pixels));
writeFileSync(path.join(assets, 'placeholder-logo.svg'), toSvg(PLACEHOLDER_LOGO.draw(PLACEHOLDER_LOGO.palette), 'St Stephens Community Academy (placeholder crest)'));
writeFileSync(path.join(assets, 'placeholder-logo.fingerprint.json'), JSON.stringify(hashLogo(pixels)) + '\n');
console.log(`wrote ${pixels.width}×${pixels.height} placeholder logo, SVG and fingerprint to ${assets}`);
