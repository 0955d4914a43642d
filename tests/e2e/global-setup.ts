/** Builds the extension and the fixture pages once before the end-to-end tests. */
import { execSync } from 'node:child_process';

export default function setup() {
  if (process.env.POST_CHECK_SKIP_BUILD) return;
  execSync('npx wxt build', { stdio: 'inherit' });
  execSync('npm run -s build:fixtures', { stdio: 'inherit' });
}
