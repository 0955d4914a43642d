/**
 * The extension's fixed identity, so a school's IT can name it in policy before it is
 * installed (docs/deploying.md).
 *
 * Chromium (Chrome, Edge): the ID comes from the public key in the manifest's `key`:
 * the first 128 bits of its SHA-256, written with the letters a–p. The private key that
 * goes with it signs self-hosted .crx packages and is never in this repository. A test
 * checks the ID below against the key. (A store listing gets the store's own ID, unless
 * the private key is uploaded with the first version.)
 *
 * Firefox: the gecko ID, fixed in the manifest; policies.json names it.
 */

/** SubjectPublicKeyInfo (DER), base64: the manifest's `key` in Chromium builds. */
export const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAkYXaoQlbWa6sYw+6/7xE7vwTQ8OXZqiR8bZm+zQLXQvjuSEGF+TfMjiYYQeFPmo5AzEsbheefPfaSNuDnX0wQJ4/ep9uz+ceKPL5gkM04lrdK+w2FbVs2Vrt6zaykB/p5ZI2i+6gBJzbHEZd5rPSiQwzc7V3g2xh4UkdfhBn9elxKVIxURu8RJ3+gZt1OripQSSW8OlZCxH1zZvsbaRc2EMzL6REednjQpMzM4SRIpGBAjjDmTVH99p+ttYndAyYHj6e3a8t6bNY7OkggO3Rl4yf4kOAoKENSXmFKITwNCAim+lDgaR/QEzrKsbBEDJZZSPbc/8QiMUzrErJA2zPNwIDAQAB';

/** The Chromium extension ID the key above gives. */
export const CHROMIUM_EXTENSION_ID = 'idbibpblmecfjhbpfllkojhkjgnghpdo';

/** Firefox's add-on ID (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'post-check@post-check.example';
