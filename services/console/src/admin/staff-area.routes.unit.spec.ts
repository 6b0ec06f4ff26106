import { NAVIGATION } from '../app/navigation';
import { STAFF_ROUTES } from './staff-area.routes';

describe('the staff areas’ routes', () => {
  it('give every built coach, admin and operator area a page', () => {
    const built = [...NAVIGATION.coach, ...NAVIGATION.admin, ...NAVIGATION.operator]
      .filter((item) => item.ready)
      .map((item) => item.path.slice(1));
    const routed = STAFF_ROUTES.map((route) => route.path);
    expect(routed).toEqual(expect.arrayContaining(built));
  });

  it('route nothing twice', () => {
    const routed = STAFF_ROUTES.map((route) => route.path);
    expect(new Set(routed).size).toBe(routed.length);
  });
});
