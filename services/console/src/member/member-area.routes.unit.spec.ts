import { NAVIGATION } from '../app/navigation';
import { MEMBER_ROUTES } from './member-area.routes';

// Today, Network and Pipeline are routed eagerly in console-router.tsx; the rest are lazy here.
// (Loading each page is the browser spec's part: the pages import CSS, which Jest does not read.)
const EAGER = ['today', 'network', 'pipeline'];

describe('the member area’s lazily loaded routes', () => {
  it('give every built member area a page', () => {
    const built = NAVIGATION.member
      .filter((item) => item.ready)
      .map((item) => item.path.slice(1))
      .filter((path) => !EAGER.includes(path));
    expect(MEMBER_ROUTES.map((route) => route.path)).toEqual(expect.arrayContaining(built));
  });
});
