/** The clock, ticking every second while `running`, for "expires in …" texts. */
import { useEffect, useState } from 'react';

/** Date.now(), renewed each second while `running`. */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}
