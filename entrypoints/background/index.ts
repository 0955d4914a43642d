import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { setupAlarms } from './alarms';
import { forgetTab, handleMessage, onCommand, openSetupOnInstall, recheckOpenTabsOnChange } from './handlers';
import { watchLogos } from './logo-cache';
import { checkDraft } from '../../lib/engine';
import { warmUp, watchPolicySources } from './policy-cache';

export default defineBackground(() => {
  watchPolicySources();
  watchLogos();
  recheckOpenTabsOnChange();
  setupAlarms();
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onInstalled.addListener((details) => void openSetupOnInstall(details));
  warmUp((policy, text) => checkDraft({ text, site: 'x', account: 'personal' }, policy));
  // The shortcut that opens the panel (lib/shortcut.ts); changeable at chrome://extensions/shortcuts.
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
});
