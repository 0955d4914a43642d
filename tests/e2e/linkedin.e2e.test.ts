import { composeScenarios } from '../../support/browser/scenarios';

composeScenarios({
  site: 'linkedin',
  url: 'https://www.linkedin.com/feed/?share=1',
  editor: (page) => page.locator('[role="dialog"] .ql-editor'),
  postButton: (page) => page.locator('[role="dialog"] button.share-actions__primary-action'),
  paragraph: '\n',
  fixtureName: 'share',
  addComposer: {
    url: 'https://www.linkedin.com/feed/',
    async open(page) {
      await page.getByText('Start a post').click();
      return page.locator('[role="dialog"] .ql-editor');
    },
  },
});
