import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { TableScroll } from './table-scroll';
import type { FunnelWeek } from './funnel-weeks';
import { percent } from './funnel';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

// Two lines told apart by colour and by dash, so neither colour vision nor print is needed.
const LINES = [
  { key: 'requestsSent', label: 'Requests sent', color: '#1d4ed8', dash: [] },
  { key: 'responses', label: 'Responses', color: '#b45309', dash: [6, 4] },
] as const;

/**
 * Requests and responses week by week, with every number again in a table below: the canvas is a
 * picture (role img, with a summary) and the table is what screen readers and keyboards read.
 */
export function WeeklyChart({ weeks }: { weeks: readonly FunnelWeek[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: weeks.map((week) => week.week),
        datasets: LINES.map(({ key, label, color, dash }) => ({
          label,
          data: weeks.map((week) => week[key]),
          borderColor: color,
          backgroundColor: color,
          borderDash: [...dash],
          tension: 0,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [weeks]);
  const sent = weeks.reduce((sum, week) => sum + week.requestsSent, 0);
  const replied = weeks.reduce((sum, week) => sum + week.responses, 0);
  const title = 'Requests and responses by week';
  const summary = `${weeks.length} weeks from ${weeks[0]?.week ?? '—'} to ${weeks.at(-1)?.week ?? '—'}: ${sent} requests sent, ${replied} responses`;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={`${title}. ${summary}`} />
      </div>
      <TableScroll label={`${title}, table`}>
        <table>
          <caption className="visually-hidden">{title} as a table</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Requests sent</th>
              <th scope="col">Responses</th>
              <th scope="col">Responses per request</th>
              <th scope="col">Median days to reply</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <th scope="row">{week.week}</th>
                <td>{week.requestsSent}</td>
                <td>{week.responses}</td>
                <td>{percent(week.replyRate)}</td>
                <td>{week.medianDaysToReply ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
