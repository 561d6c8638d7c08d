// Scrolls a Puppeteer page from top to bottom a screen at a time and back, as
// a reader would, so charts that draw lazily as they approach are all drawn.
export async function readThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
}
