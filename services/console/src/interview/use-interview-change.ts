import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Interview } from './interviews';

export const interviewKey = (memberId: string, interviewId: string) => [
  'interview',
  memberId,
  interviewId,
];

/** A change whose answer is the interview as it now stands: the page shows that answer at once. */
export function useInterviewChange<V>(
  memberId: string,
  interviewId: string,
  change: (variables: V) => Promise<Interview>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (interview) => {
      queryClient.setQueryData(interviewKey(memberId, interviewId), interview);
      void queryClient.invalidateQueries({ queryKey: ['interviews', memberId] });
    },
  });
}
