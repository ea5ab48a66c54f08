// A short tone at the end of a timer, through Web Audio (no audio file to fetch, nothing for the
// Content-Security-Policy to allow). Browsers only let audio start after a user gesture, so the
// context is created when the person turns sound on, and every failure is silent: sound is a bonus.

let context: AudioContext | null = null;

/** Call from the click that turns sound on. */
export function unlockAudio(): void {
  try {
    context ??= new AudioContext();
    void context.resume();
  } catch {
    context = null;
  }
}

export function beep(): void {
  if (!context) return;
  try {
    const start = context.currentTime;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = 880;
    // A quick fade in and out: no click at either end.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.32);
  } catch {
    // No audio device, or the context was closed: carry on without sound.
  }
}
