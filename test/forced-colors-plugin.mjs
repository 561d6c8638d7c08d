// A test-runner command the built-in emulateMedia lacks for Chrome: forced colours.
// Browser side: executeServerCommand('forced-colors', { active: true }).
// Puppeteer's emulateMediaFeatures refuses this feature name; the protocol accepts it.
// The protocol session stays open: emulation ends when it detaches.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
