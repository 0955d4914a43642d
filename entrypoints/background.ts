import { browser } from 'wxt/browser';
import { forgetTab, handleMessage, openSetupOnInstall, recheckOpenTabsOnChange } from '../utils/background-service';
import { watchPolicySources } from '../utils/policy-cache';

export default defineBackground(() => {
  watchPolicySources();
  recheckOpenTabsOnChange();
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onInstalled.addListener((details) => void openSetupOnInstall(details));
});
