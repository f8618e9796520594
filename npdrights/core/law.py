"""Which provisions a letter cites, and what the regulator is called, on the dates that decide them.

The law moved in 2026 (docs/law.md §1.1-§1.2 and §2.2-§2.3):
- the time limits moved into Article 12A UK GDPR on 5 February 2026; a request received before then keeps the
  old text of Article 12(3), so what a letter cites depends on when the request was received;
- complaints to the regulator follow DPA 2018 s.165, never Article 77 (omitted from 19 June 2026);
- the Information Commissioner became the Information Commission on 30 September 2026; a letter names the
  regulator as it is called on the letter's own date.
Pure: the dates are parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# DUAA 2025 s.76 (Article 12A) in force: SI 2026/82 reg 2(h) (docs/law.md §1.1).
TIME_LIMITS_IN_ARTICLE_12A = date(2026, 2, 5)
# DUAA 2025 s.119 in force, so the Information Commission replaces the Commissioner (docs/law.md §2.3).
INFORMATION_COMMISSION_FROM = date(2026, 9, 30)


@dataclass(frozen=True)
class Citations:
    """The words a letter uses for the law that applies to it."""

    time_limits: str  # in a sentence: "Articles 12(3) and 12A of the UK GDPR"
    time_limits_short: str  # in brackets or a table: "Articles 12(3) and 12A UK GDPR"
    regulator: str  # "the Information Commission (ICO)"
    complaint_right: str = "section 165 of the Data Protection Act 2018"  # docs/law.md §2.2


def citations_for(request_received: date, written: date) -> Citations:
    """The citations for a letter written on `written` about a request received on `request_received`."""
    if request_received >= TIME_LIMITS_IN_ARTICLE_12A:
        time_limits = "Articles 12(3) and 12A of the UK GDPR"
        short = "Articles 12(3) and 12A UK GDPR"
    else:  # the saving provision keeps the old text for requests already running (docs/law.md §1.2)
        time_limits = "Article 12(3) of the UK GDPR (as it stood when you received the request)"
        short = "Article 12(3) UK GDPR"
    return Citations(time_limits, short, regulator_on(written))


def regulator_on(day: date) -> str:
    """What the regulator is called on `day`, with the initials people know it by."""
    if day >= INFORMATION_COMMISSION_FROM:
        return "the Information Commission (ICO)"
    return "the Information Commissioner's Office (ICO)"
