import { browser } from 'wxt/browser';
import { setupAlarms } from '../utils/alarms';
import { forgetTab, handleMessage, openSetupOnInstall, recheckOpenTabsOnChange } from '../utils/background-service';
import { watchLogos } from '../utils/logo-cache';
import { watchPolicySources } from '../utils/policy-cache';

export default defineBackground(() => {
  watchPolicySources();
  watchLogos();
  recheckOpenTabsOnChange();
  setupAlarms();
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onInstalled.addListener((details) => void openSetupOnInstall(details));
});
