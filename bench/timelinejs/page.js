// The same events the bench gives Parallax, in TimelineJS's JSON format (written by bench/sites.ts),
// drawn the way TimelineJS's documentation shows. The bench measures when the first slide and the
// first time marker are in the page.
fetch("events.json")
  .then((response) => response.json())
  .then((data) => {
    window.timeline = new TL.Timeline("timeline", data, { hash_bookmark: false, initial_zoom: 2 });
  });
