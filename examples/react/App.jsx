// React 19 sets a prop as a property when the element has a property of that name, so `events`
// and `categories` arrive as the array and the object, not as "[object Object]" attributes. That
// needs the element defined before React renders it: import the package first.
// A prop named `on` + the exact event name adds a listener for that event (React 19), so
// `onsanctions-timeline-select` listens to `sanctions-timeline-select`. Custom elements take
// `class`, not `className`.
import { useRef, useState } from 'react';
import 'sanctions-timeline';

// Defined outside the component: a new array on every render would make the timeline re-read its events.
const events = [
  { start: '2017-12-20', title: 'Magnitsky Act designation', category: 'sanction' },
  { start: '2020-07-20', title: 'Section 7031(c) designation', category: 'sanction' },
  { start: '2018-12', title: 'New wave of detentions (month known)', category: 'persecution' },
];
const categories = { sanction: { label: 'Sanction', color: '#b42318' } };

export default function App() {
  const timeline = useRef(null);
  const [open, setOpen] = useState(null);
  return (
    <>
      <sanctions-timeline
        ref={timeline}
        class="timeline"
        locale="en-GB"
        events={events}
        categories={categories}
        onsanctions-timeline-select={(event) => setOpen(event.detail.event)}
      />
      <p>{open ? open.title : 'Nothing open'}</p>
      <button type="button" onClick={() => timeline.current.fit()}>
        Whole timeline
      </button>
    </>
  );
}

// React 18 and earlier set every prop as an attribute and do not listen to custom events. There,
// set the properties and listeners on the element yourself:
//
//   useEffect(() => {
//     const element = timeline.current;
//     element.events = events;
//     const onSelect = (event) => setOpen(event.detail.event);
//     element.addEventListener('sanctions-timeline-select', onSelect);
//     return () => element.removeEventListener('sanctions-timeline-select', onSelect);
//   }, []);
