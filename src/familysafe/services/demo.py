"""A sample family, so a newcomer sees a populated app."""

from __future__ import annotations

import sys
from datetime import timedelta

from familysafe.core.clock import Clock
from familysafe.core.models import Family
from familysafe.services.family import FamilyService


def populate(svc: FamilyService, clock: Clock) -> None:
    """Fill an empty store with a demo family: three children at different points of the year; the
    two older ones did unit 1 together (issue 18), and the oldest's follow-up waits for later."""
    today = clock.now().date()
    svc.save_family(Family(name="Demo", country="GB", setup_step="done"))
    plan = (("Sunny", "4-7", "fox", 6), ("Comet", "8-10", "owl", 40), ("Pixel", "14-17", "robot", 20))
    together = []
    for nickname, band, avatar, days_ago in plan:
        child = svc.add_child(nickname, band, avatar)  # type: ignore[arg-type]
        child.start_date = today - timedelta(days=days_ago)
        svc.update_child(child)
        svc.refresh_unlocks(child)
        # Finish the first activity of children who started a while ago, as a family would have.
        if nickname in ("Comet", "Pixel"):
            together.append(child)
        elif days_ago >= 14:
            first = svc.overview(child).todo[:1]
            for act in first:
                svc.open_session(child, act).play_to_end()  # agrees to the pledge, as a family would
    fam = svc.library.family_for_unit(1)
    if fam is not None:
        from familysafe.services.together import open_together

        open_together(svc, together, fam).play_to_end()


def create_demo_cli() -> int:
    """`familysafe-cli --demo`: create the demo family in the data folder if it is empty."""
    from familysafe.boot import family_service
    from familysafe.store import paths
    from familysafe.store.errors import StoreError

    data = paths.data_dir()
    try:
        with family_service(data) as (svc, _):
            if svc.family() is not None:
                print(
                    f"familysafe: {data} already holds a family; the demo only fills an empty data folder.",
                    file=sys.stderr,
                )
                return 1
            populate(svc, svc.clock)
    except StoreError as e:
        print(f"familysafe: {e.message}", file=sys.stderr)
        return 1
    print(f"A demo family was created in {data}. {how_to_open()}")
    return 0


def how_to_open() -> str:
    """What to do next: a family opens the installed app; a developer runs it from the source tree."""
    if getattr(sys, "frozen", False):
        return "Open FamilySafe (from the Start menu, Applications or the FamilySafe folder) to see it."
    return "Start the app with `make run`."
