import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { ProblemPanel } from '../app/problem-panel';
import { fetchFunnelWeeks, WEEK_SPANS, type WeekSpan } from './funnel-weeks';
import { WeeklyChart } from './weekly-chart';

/** The funnel week by week over a chosen span (a quarter by default, two years at most). */
export function FunnelOverTime() {
  const [span, setSpan] = useState<WeekSpan>(13);
  const weeks = useQuery({
    queryKey: ['funnel', 'weeks', span],
    queryFn: () => fetchFunnelWeeks(span),
    // The chart stays while another span loads, rather than blinking out.
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="over-time-title">
      <h2 id="over-time-title">Over time</h2>
      <p>
        A request counts in the week it was first sent, a response in the week it came (weeks run
        Monday to Sunday, UTC).
      </p>
      <div className="row" role="group" aria-label="Weeks shown">
        {WEEK_SPANS.map((weeksShown) => (
          <Button
            key={weeksShown}
            aria-pressed={span === weeksShown}
            onPress={() => setSpan(weeksShown)}
          >
            Last {weeksShown} weeks
          </Button>
        ))}
      </div>
      {weeks.isPending && <p role="status">Loading the weeks…</p>}
      {weeks.isError && <ProblemPanel error={weeks.error} retry={() => void weeks.refetch()} />}
      {weeks.isSuccess && <WeeklyChart weeks={weeks.data.weeks} />}
    </section>
  );
}
