import { composeScenarios } from '../../support/browser/scenarios';

composeScenarios({
  site: 'x',
  url: 'https://x.com/home',
  editor: (page) => page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').first(),
  postButton: (page) => page.locator('[data-testid="tweetButtonInline"]').first(),
  paragraph: '\n',
  fixtureName: 'inline',
  addComposer: {
    url: 'https://x.com/home',
    async open(page) {
      await page.getByRole('button', { name: 'Reply' }).first().click();
      return page.locator('[data-testid="tweetTextarea_0"]').last();
    },
  },
});
