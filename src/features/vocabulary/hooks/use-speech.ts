import { useEffect, useState } from 'react';

export type SpeechSupport = 'unsupported' | 'noVoice' | 'ready';

function russianVoice(): SpeechSynthesisVoice | undefined {
  return window.speechSynthesis
    .getVoices()
    .find((voice) => voice.lang.toLowerCase().startsWith('ru'));
}

/** Speech synthesis with a Russian voice, if the browser has one (voices may arrive late). */
export function useRussianSpeech() {
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window;
  const [support, setSupport] = useState<SpeechSupport>(() =>
    !supported ? 'unsupported' : russianVoice() ? 'ready' : 'noVoice',
  );
  useEffect(() => {
    if (!supported) return;
    const update = () => setSupport(russianVoice() ? 'ready' : 'noVoice');
    window.speechSynthesis.addEventListener('voiceschanged', update);
    return () => window.speechSynthesis.removeEventListener('voiceschanged', update);
  }, [supported]);

  const speak = (text: string) => {
    const voice = supported ? russianVoice() : undefined;
    if (!voice) return false;
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
    return true;
  };
  return { support, speak };
}
