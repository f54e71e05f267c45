import { median, openAppPage, type Suite } from '../harness.ts';

/** Cold start: from navigation to the engine answering, in a fresh browser profile each time. */
export const engineStart: Suite = {
  name: 'engine start',
  async run({ browser, report }) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await openAppPage(browser);
      times.push(await page.evaluate(() => window.callsight!.readyMs!));
      await page.context().close();
    }
    report('engine ready after navigation (median of 3 cold loads)', `${(median(times) / 1000).toFixed(2)} s`);
  },
};
