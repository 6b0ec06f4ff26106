import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'react';
import type { FunnelBar } from './funnel';

// Only what a bar chart needs, so the bundle carries no other chart type.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/**
 * A horizontal bar chart with its data as a table right under it: the canvas is a picture to
 * screen readers (role img with a summary), the table is what they and keyboards read.
 */
export function BarChart({ title, bars }: { title: string; bars: readonly FunnelBar[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.map((bar) => bar.label),
        // The console's link colour: AA contrast against the white page.
        datasets: [
          { label: title, data: bars.map((bar) => bar.value), backgroundColor: '#1d4ed8' },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [title, bars]);
  const summary = bars.map((bar) => `${bar.label}: ${bar.value}`).join('; ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={`${title}. ${summary}`} />
      </div>
      <table>
        <caption className="visually-hidden">{title} as a table</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
