/** Builds the extension (Chromium and Firefox) and the fixture pages once before the end-to-end tests. */
import { execSync } from 'node:child_process';

export default function setup() {
  if (process.env.POST_CHECK_SKIP_BUILD) return;
  // Vitest sets NODE_ENV=test, which would make Vite compile JSX for React's development
  // runtime while bundling its production build: the inline UI would not render.
  const env = { ...process.env, NODE_ENV: 'production' };
  execSync('npx wxt build', { stdio: 'inherit', env });
  // The Firefox package too, for the test over the built bundles.
  execSync('npx wxt build -b firefox', { stdio: 'inherit', env });
  execSync('npm run -s build:fixtures', { stdio: 'inherit', env });
}
