import { GuardMemory } from './guard-memory';

describe('GuardMemory', () => {
  it('hands out copies, so a caller’s unsaved changes never reach the memory', () => {
    const memory = new GuardMemory();
    memory.set('db.c\u0000a', { s1: 1 });
    const taken = memory.get('db.c\u0000a')!;
    taken['s1'] = 9;
    expect(memory.get('db.c\u0000a')).toEqual({ s1: 1 });
  });

  it('forgets the documents named, and a whole database without touching another', () => {
    const memory = new GuardMemory();
    memory.set('svc.c\u0000a', { s1: 1 });
    memory.set('svc.c\u0000b', { s1: 2 });
    memory.set('svc_other.c\u0000a', { s1: 3 });
    memory.forget(['svc.c\u0000b']);
    expect(memory.get('svc.c\u0000b')).toBeUndefined();
    memory.forgetDatabase('svc');
    expect(memory.get('svc.c\u0000a')).toBeUndefined();
    expect(memory.get('svc_other.c\u0000a')).toEqual({ s1: 3 });
  });
});
