import { composeScenarios } from '../../support/browser/scenarios';

composeScenarios({
  site: 'facebook',
  url: 'https://www.facebook.com/?dialog=1',
  editor: (page) => page.locator('[role="dialog"] [data-lexical-editor="true"]'),
  postButton: (page) => page.locator('[role="dialog"] [role="button"][aria-label="Post"]'),
  paragraph: '\n\n',
  fixtureName: 'post',
  addComposer: {
    url: 'https://www.facebook.com/',
    async open(page) {
      await page.getByText("What's on your mind, Jane?").first().click();
      return page.locator('[role="dialog"] [data-lexical-editor="true"]');
    },
  },
});
