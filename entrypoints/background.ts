export default defineBackground(() => {
  // Message handlers arrive with the compose-box issue; the engine lives in lib/.
});
