/**
 * The people the alumni journeys sign in as, as plain data (the browser tests cannot load the seed's
 * generators). network.test.ts checks that the seed still produces exactly these.
 */
export const NETWORK_COLLEAGUE = { email: "valentina.gomez.1001@example.org", name: "Valentina Gómez" } as const;
