import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button, Checkbox, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import { ProblemError } from '../app/problem';
import { ProblemPanel } from '../app/problem-panel';
import type { Versioned } from '../app/v1-client';
import type { Session } from '../session/session';
import { fieldErrorsOf, formText, numberOrText } from './field-errors';
import { type PolicyView, policyFieldOf, replacePolicy } from './policy';
import { POLICY_FIELDS, POLICY_GROUPS, policyWith, textAt } from './policy-fields';

/**
 * The institution's policy, replaced whole under If-Match: a second admin's older copy is refused
 * (412) instead of overwriting the first one's change. The browser checks nothing itself: the
 * gateway's problem+json names each wrong field, shown beside it.
 */
export function PolicyForm({
  session,
  current,
  reload,
}: {
  session: Session;
  current: Versioned<PolicyView>;
  reload: () => void;
}) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (change: { policy: Record<string, unknown>; urgent: boolean }) =>
      replacePolicy(session, current.etag, change.policy, change.urgent),
    onSuccess: (saved) => queryClient.setQueryData(['admin', 'policy'], saved),
  });
  const fieldErrors = fieldErrorsOf(save.error, policyFieldOf);
  const stale = save.error instanceof ProblemError && save.error.status === 412;
  const unplaced = save.isError && !stale && Object.keys(fieldErrors).length === 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values: Record<string, number | string | boolean> = {
      businessDays: data.get('businessDays') === 'on',
    };
    for (const { name, numeric } of POLICY_FIELDS) {
      const text = formText(data, name);
      values[name] = numeric ? numberOrText(text) : text;
    }
    save.mutate({ policy: policyWith(current.value.policy, values), urgent: data.has('urgent') });
  }

  const { policy, version } = current.value;
  return (
    // Keyed by version: a saved or reloaded policy resets the fields to what is stored.
    <Form
      key={version}
      className="admin-form"
      aria-labelledby="policy-title"
      validationErrors={fieldErrors}
      // The server's errors must not block the corrected form's next submit, as native ones do.
      validationBehavior="aria"
      onSubmit={submit}
    >
      <h2 id="policy-title">Policy (version {version})</h2>
      {POLICY_GROUPS.map((group) => (
        <fieldset key={group}>
          <legend>{group}</legend>
          {POLICY_FIELDS.filter((field) => field.group === group).map(
            ({ name, label, numeric }) => (
              <TextField key={name} name={name} defaultValue={textAt(policy, name)}>
                <Label>{label}</Label>
                <Input inputMode={numeric ? 'numeric' : undefined} />
                <FieldError />
              </TextField>
            ),
          )}
          {group === 'Cadences' && (
            <Checkbox name="businessDays" defaultSelected={policy.businessDays}>
              Count business days only
            </Checkbox>
          )}
        </fieldset>
      ))}
      <Checkbox name="urgent">Apply to running relationships now, not at their next timer</Checkbox>
      {stale && (
        <div role="alert" className="problem">
          <p>
            <strong>Another admin changed the policy since you opened it.</strong>
          </p>
          <p>Load the latest version, then make your change again.</p>
          <Button onPress={reload}>Load the latest policy</Button>
        </div>
      )}
      {save.isError && !stale && !unplaced && (
        <p role="alert">Some values need a change: see the messages beside them.</p>
      )}
      {unplaced && <ProblemPanel error={save.error} />}
      {save.isSuccess && <p role="status">Policy saved as version {version}.</p>}
      <Button type="submit" isDisabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save policy'}
      </Button>
    </Form>
  );
}
