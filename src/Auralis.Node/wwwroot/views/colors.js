// The colours the pictures share, so a voice or a regime looks the same everywhere (legends included).

export const VOICE_COLORS = { soprano: '#ff7a59', alto: '#ffc857', bass: '#4cc9f0', perc: '#b8f2a6' };
export const REGIME_COLORS = { bull: '#2e9e5b', bear: '#c8453b', sideways: '#6c7a89', volatile: '#9b59d0' };
