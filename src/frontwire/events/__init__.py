"""The events stage: triggers in the parse become typed, sourced, dated and placed events."""
