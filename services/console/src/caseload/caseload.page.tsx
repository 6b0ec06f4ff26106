import type { FormEvent } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { useNavigate } from 'react-router';

/**
 * Caseload: the way to an assigned member's progress. The gateway has no route yet that lists a
 * coach's members (issue 17), so the coach names the member; the services answer only for members
 * assigned to this coach, and say so for any other.
 */
export function CaseloadPage() {
  const navigate = useNavigate();
  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const memberId = new FormData(event.currentTarget).get('memberId');
    if (typeof memberId === 'string' && memberId.trim() !== '') {
      void navigate(`/caseload/${encodeURIComponent(memberId.trim())}`);
    }
  }
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Caseload</h1>
      <p>
        Open an assigned member’s network and pipeline, read-only. The list of your members comes
        with the institution’s people pages.
      </p>
      <Form className="filters" aria-label="Open a member" onSubmit={open}>
        <TextField name="memberId" isRequired>
          <Label>Member’s id</Label>
          <Input />
        </TextField>
        <Button type="submit">Open</Button>
      </Form>
    </section>
  );
}
