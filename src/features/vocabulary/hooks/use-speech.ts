import { useSyncExternalStore } from 'react';

export type SpeechSupport = 'pending' | 'unsupported' | 'noVoice' | 'ready';

const hasSpeech = () => typeof window !== 'undefined' && 'speechSynthesis' in window;

function russianVoice(): SpeechSynthesisVoice | undefined {
  return window.speechSynthesis
    .getVoices()
    .find((voice) => voice.lang.toLowerCase().startsWith('ru'));
}

// Voices may arrive after the page loads: the browser says so with `voiceschanged`.
function subscribe(onChange: () => void) {
  if (!hasSpeech()) return () => {};
  window.speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => window.speechSynthesis.removeEventListener('voiceschanged', onChange);
}

const support = (): SpeechSupport =>
  !hasSpeech() ? 'unsupported' : russianVoice() ? 'ready' : 'noVoice';

/** Speech synthesis with a Russian voice; 'pending' in prerendered HTML, known once in the browser. */
export function useRussianSpeech() {
  const current = useSyncExternalStore(subscribe, support, () => 'pending' as const);
  const speak = (text: string) => {
    const voice = hasSpeech() ? russianVoice() : undefined;
    if (!voice) return false;
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
    return true;
  };
  return { support: current, speak };
}
