import type { Page } from "@playwright/test";

// Headless Chromium reaches no speech service and speaks nothing, so the
// browser's SpeechRecognition and speechSynthesis are replaced by stand-ins
// whose events the test fires or reads: everything else (the app's
// handling, matching, storage) is real.

type Stub = { available?: string; missing?: boolean };

export async function stubSpeech(page: Page, { available = "unavailable", missing = false }: Stub = {}) {
  await page.addInitScript(
    ({ available, missing }) => {
      const w = window as any;
      delete w.SpeechRecognition;
      delete w.webkitSpeechRecognition;
      if (missing) return;
      const speech: any = (w.__speech = { instances: [], available });
      class FakeRecognition {
        lang = "";
        continuous = false;
        interimResults = false;
        processLocally = false;
        onresult: any = null;
        onerror: any = null;
        onend: any = null;
        started = false;
        aborted = false;
        constructor() {
          speech.instances.push(this);
        }
        start() {
          this.started = true;
        }
        stop() {
          setTimeout(() => this.onend?.({}), 0);
        }
        abort() {
          this.aborted = true;
          this.stop();
        }
        static async available() {
          return speech.available;
        }
        static async install() {
          speech.available = "available";
          return true;
        }
      }
      w.SpeechRecognition = FakeRecognition;
      /** Results so far: [text, isFinal] pairs. */
      speech.say = (parts: [string, boolean][]) => {
        const r = speech.instances[speech.instances.length - 1];
        const results: any = parts.map(([transcript, isFinal]) => ({ 0: { transcript }, length: 1, isFinal }));
        r.onresult?.({ resultIndex: 0, results });
      };
      speech.fail = (error: string) => {
        const r = speech.instances[speech.instances.length - 1];
        r.onerror?.({ error });
        r.onend?.({});
      };
      speech.end = () => speech.instances[speech.instances.length - 1].onend?.({});
    },
    { available, missing },
  );
}

/** Fires a recognition result: [text, isFinal] pairs so far. */
export const say = (page: Page, parts: [string, boolean][]) => page.evaluate((p) => (window as any).__speech.say(p), parts);

/**
 * speechSynthesis that records what is said (`window.__spoken`) and ends
 * each utterance after `msPerChar` per character of its text, on the page's
 * clock.
 */
export async function stubSynthesis(page: Page, msPerChar = 50) {
  await page.addInitScript((msPerChar) => {
    const w = window as any;
    const spoken: string[] = (w.__spoken = []);
    let current: any = null;
    let timer: any = null;
    const finish = (u: any, event: string) => {
      if (current !== u) return;
      current = null;
      clearTimeout(timer);
      u[`on${event}`]?.({ utterance: u });
    };
    const synth = {
      get speaking() {
        return current !== null;
      },
      speak(u: any) {
        spoken.push(u.text);
        current = u;
        u.onstart?.({ utterance: u });
        timer = setTimeout(() => finish(u, "end"), Math.max(1, u.text.length) * msPerChar);
      },
      cancel() {
        if (current) finish(current, "error");
      },
      pause() {},
      resume() {},
      getVoices: () => [],
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  }, msPerChar);
}

export const spoken = (page: Page) => page.evaluate(() => (window as any).__spoken as string[]);
