import type { ResponseTimings } from '../../../../shared/request/request-model';
import { timingPhases } from '../../../../shared/response/timing-phases';
import { formatDuration } from '../format-response';

interface Props {
  readonly timings: ResponseTimings;
}

/** A small waterfall of where the time went: DNS, connect, TLS, waiting, download. */
export function TimingWaterfall({ timings }: Props) {
  const phases = timingPhases(timings);
  const total = Math.max(1, ...phases.map((phase) => phase.startMs + phase.durationMs));
  return (
    <div className="waterfall" data-testid="timing-waterfall">
      {timings.reusedConnection && <p className="muted waterfall-note">Reused a kept-alive connection: no DNS, connect or TLS.</p>}
      <table className="waterfall-table">
        <tbody>
          {phases.map((phase) => (
            <tr key={phase.id} data-phase={phase.id}>
              <th scope="row">{phase.label}</th>
              <td className="waterfall-track">
                <span
                  className={`waterfall-bar waterfall-${phase.id}`}
                  style={{ marginLeft: `${(phase.startMs / total) * 100}%`, width: `max(2px, ${(phase.durationMs / total) * 100}%)` }}
                />
              </td>
              <td className="waterfall-ms">{formatDuration(phase.durationMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
