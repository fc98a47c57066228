"""b21-005: medicaid, Prolastin-C J0256 JZ. Styles (5) month-view calendar grid + transcribed patient
infusion passport, (1) SBAR handoff at lunch relief.
Gaps: infusion_times missing (no stop time for 05/14), wastage_documented missing (JZ billed, nothing
said about waste on the DOS)."""

CHART_ID = "b21-005"
DOS = "2026-05-14"
PAYER = {"profile": "medicaid", "name": "Hoosier Care Connect (Medicaid MCO)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [5, 1]

D1 = """
RIVERBEND COMMUNITY HOSPITAL - INFUSION CLINIC
SBAR HANDOFF (break relief)         05/14/2026  12:00
Off: J. Lindgren RN   ->   On: K. Ruiz RN        Bay 2

S  Adaeze Okafor, 47F, weekly Prolastin-C. Infusing now - started 11:48 via
   L hand 24g PIV, pump at 3 mL/min (slower than label max per her preference,
   had chest tightness at the fast rate back in 2024). About 1/3 in.
B  Alpha-1 antitrypsin deficiency, PI*ZZ, AAT 29 mg/dL when dx'd 2018 (she was
   worked up after her brother's liver dx). Emphysema on CT, FEV1 51 % pred (02/2026).
   Quit smoking 2015. Asthma as a kid. Allergic to PCN (hives).
   Medicaid PA # MCD-PA-5567120, good 01/01/26 - 12/31/26 (on calendar too).
   Prolastin-C weekly since 03/2023.
A  Wt 68.6 kg today. VS 11:30 BP 116/72 HR 88 RR 18 SpO2 95 % T 36.9.
   4 vials Prolastin-C 1,000 mg reconstituted 11:35, pooled = 4,000 mg / 80 mL.
   Lot 26PC0318, exp 10/2026 - all 4 same lot. Lungs clear-ish, few exp wheezes.
   No premeds. She brought her passport booklet - I filled in today's line.
R  - VS at 12:15 pls.
   - when done: flush, post VS, chart end time + waste, pull PIV, d/c.
   - she wants a work note for tomorrow AM (late start) - printed, at desk.
   - her ride comes 12:45.
                                                       J. Lindgren RN
"""

D2 = """
NURSING NOTE - Infusion Clinic        05/14/2026 12:52        K. Ruiz RN
Took over care at 12:00 (break relief) from J. Lindgren RN, Prolastin-C running at
3 mL/min L hand PIV, site WNL. VS 12:15 BP 114/70 HR 86 RR 18 SpO2 96 %.
Infusion completed w/o problms. Line flushed 10 mL NS. Post VS BP 118/74 HR 84
SpO2 96 %. No rash, no chest tightness, no SOB above her baseline.
Pt says she's had way fewer flare-ups since starting Prolastin-C - one prednisone
burst this past winter vs 3 the winter before she started. Still working full
time (school cafeteria).
PIV removed 12:35, cath intact. Discharged 12:40 to ride. Next infusion Thurs 05/21.
Work note given.                                          K. Ruiz RN
"""

D3 = """
ALPHA-1 AUGMENTATION - MONTHLY INFUSION CALENDAR          MAY 2026
Pt: OKAFOR, Adaeze N.   MRN 3318840   DOB 02/11/1979   Thursdays, Bay 1-3
Order: Prolastin-C 60 mg/kg IV weekly (4 x 1,000 mg vials)   PA MCD-PA-5567120
Cell key: dose / lot / start / RN initials
+---------------+---------------+---------------+-----------------+---------------+
| MON           | TUE           | WED           | THU             | FRI           |
+---------------+---------------+---------------+-----------------+---------------+
|               |               |               |                 | 1             |
|               |               |               |                 |               |
+---------------+---------------+---------------+-----------------+---------------+
| 4             | 5             | 6             | 7               | 8             |
|               | PFT 09:00     |               | 4000 mg         |               |
|               | (cancelled)   |               | lot 26PC0204    |               |
|               |               |               | 1132 / KR       |               |
+---------------+---------------+---------------+-----------------+---------------+
| 11            | 12            | 13            | 14              | 15            |
|               |               |               | 4000 mg         |               |
|               |               |               | lot 26PC0318    |               |
|               |               |               | 1148 / JL       |               |
+---------------+---------------+---------------+-----------------+---------------+
| 18            | 19            | 20            | 21              | 22            |
|               |               |               | sched 4000 mg   |               |
|               |               |               |                 |               |
+---------------+---------------+---------------+-----------------+---------------+
| 25            | 26            | 27            | 28              | 29            |
| MEMORIAL DAY  |               | MOVED HERE    | (pt away -      |               |
| clinic closed |               | from 5/28     |  see Wed)       |               |
+---------------+---------------+---------------+-----------------+---------------+
April 30 (prior month): 4000 mg / lot 26PC0204 / 1140 / KR
"""

D4 = """
PATIENT INFUSION PASSPORT - transcribed into chart by unit clerk (M. Batts) 05/14/2026
Source: pt-kept booklet "My Alpha-1 Infusion Passport", pages 1 and 6-7. Pt's own
entries in quotes; nurse entries initialed.

Page 1 (pt): "Name: Adaeze Okafor. Condition: Alpha-1 (ZZ). My level: 29 (2018).
Lungs: emphysema. My doctor: Dr. Lindqvist. Emergency contact: brother Chidi."

Page 6-7 log:
 Date      Product        Dose/vials   Lot        Wt (home)   Notes                     Init
 04/16/26  Prolastin-C    4 vials      26PC0118   "153 lb"    "tired after"             JL
 04/23/26  --  "skipped - had a cold, called clinic"  --                                 --
 04/30/26  Prolastin-C    4 vials      26PC0204   "152 lb"    "good"                    KR
 05/07/26  Prolastin-C    4000 mg      26PC0204   "151 lb"    no waste, all 4 vials     KR
 05/14/26  Prolastin-C    4000 mg      26PC0318   --          --                        JL

Back cover (pt): "Brother Chidi - PI*ZZ, liver transplant 2017. Sister - MZ."
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-05-14", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-05-14", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-05-14", "text": D3},
    {"id": "d4", "type": "other", "date": "2026-05-14", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1 antitrypsin deficiency, PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d1", "_ev": "PI*ZZ, AAT 29 mg/dL"},
    {"kind": "serum_aat", "value": 29, "unit": "mg/dL", "_doc": "d1", "_ev": "AAT 29 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Emphysema on CT"},
    {"kind": "fev1", "value": 51, "_doc": "d1", "_ev": "FEV1 51 % pred"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Quit smoking 2015"},
    {"kind": "prior_authorization", "value": "MCD-PA-5567120", "_doc": "d1", "_ev": "Medicaid PA # MCD-PA-5567120"},
    {"kind": "weight", "value": 68.6, "unit": "kg", "value_kg": 68.6, "_doc": "d1", "_ev": "Wt 68.6 kg today", "_date": "2026-05-14"},
    {"kind": "weight", "value": 153, "unit": "lb", "value_kg": 69.4, "_doc": "d4", "_ev": "\"153 lb\"", "_date": "2026-04-16"},
    {"kind": "weight", "value": 152, "unit": "lb", "value_kg": 68.9, "_doc": "d4", "_ev": "\"152 lb\"", "_date": "2026-04-30"},
    {"kind": "weight", "value": 151, "unit": "lb", "value_kg": 68.5, "_doc": "d4", "_ev": "\"151 lb\"", "_date": "2026-05-07"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d1", "_ev": "4 vials Prolastin-C 1,000 mg reconstituted", "_dos": True},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "pooled = 4,000 mg / 80 mL"},
    {"kind": "lot_number", "value": "26PC0318", "_doc": "d1", "_ev": "Lot 26PC0318, exp 10/2026"},
    {"kind": "expiration_date", "value": "2026-10", "_doc": "d1", "_ev": "exp 10/2026"},
    {"kind": "infusion_start", "value": "11:48", "_doc": "d1", "_ev": "started 11:48"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "she's had way fewer flare-ups since starting Prolastin-C"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "missing",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "weight_kg": 68.6, "weight_date": "2026-05-14", "dose_mg": 4000,
    "target_mg": 4116.0, "low_mg": 3704.4, "high_mg": 4527.6, "pct_diff": -2.82, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 400, "units_billed": 400,
    "waste_mg": None, "jw_units_expected": None, "jw_units_billed": None, "modifier": "JZ",
    "expirations": ["2026-10"], "expiration_ok": True,
}

NOTES = """
SBAR at lunch relief with Prolastin-C running (start 11:48); receiving RN note says only
"Infusion completed" (no time) and nothing about waste; month-view calendar grid (Mon-Fri
columns, DOS cell dose/lot/start/initials); patient passport booklet transcribed by the clerk.
Gaps: no stop time anywhere (12:35 is PIV removal, 12:40 discharge, 12:45 ride, "1/3 in" and
the pump rate are not times) -> infusion_times missing; JZ billed with no waste statement for
05/14 -> wastage missing (the "no waste" is on the 05/07 passport row).
Traps: other weeks' cells and passport rows (lots 26PC0204/26PC0118, start 1132/1140, 4 vials);
scheduled 05/21 and moved 05/27; passport "My level: 29" without a unit (the SBAR's 29 mg/dL is
the finding); passport home weights in lb are the patient's (findings) but the DOS 68.6 kg
decides; brother PI*ZZ and sister MZ; PCN allergy; vitals and reconstitution times.
"""
