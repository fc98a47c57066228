"""b21-010: medicare, Glassia J0257 + JW. Styles (1) I-SBAR emergency handoff (RN floated mid-infusion)
+ (5) month-view calendar grid.
Gaps: expiration_date conflict (lot KB25G1144 exp 02/2026, used 03/12/2026); response_to_therapy missing
(only a plan to reassess at the 03/19 visit)."""

CHART_ID = "b21-010"
DOS = "2026-03-12"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 398, "modifiers": []},
    {"hcpcs": "J0257", "units": 7, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [1, 5]

D1 = """
HANDOFF REPORT - I-SBAR                   Fairhaven General - Ambulatory Infusion Unit
03/12/2026 10:31   From: B. Sorensen RN (floated to 4 North, unplanned)
                   To:   A. Mbeki RN (charge RN, taking pt)
I  PRUITT, Eleanor M.  78F  MRN FG-604417  DOB 09/05/1947  Chair 4  NKDA  Full code
S  Weekly Glassia - INFUSING at time of handoff. Started 10:05 via L FA 22g PIV,
   pump 3.5 mL/min w/ 5 micron in-line filter. About 90 mL of ~196 mL in.
B  Alpha-1 antitrypsin deficiency - PI*SZ, level 52 mg/dL (2017, pre-treatment).
   COPD w/ emphysema on CT, FEV1 ~45 %. Former smoker (quit 1990s). On Glassia since
   2018. Lives alone, daughter drives her. Hearing aids - speak on her R side.
A  Wt 66.2 kg (09:40). VS 09:45 BP 132/70 HR 74 RR 18 SpO2 94 % RA T 36.4.
   Dose per pharmacy 3,972 mg (60 mg/kg). 4 vials Glassia (actual 1,012 mg each =
   4,048 mg), lot KB25G1144, exp 02/2026, all 4 same carton lot. Spiked 4 vials into
   bag set; about 76 mg (~3.8 mL) will be left in vial #4 - needs witnessed waste.
   VS 10:20 BP 128/72 HR 76 SpO2 95 %. No rash, itching, flushing.
R  - finish infusion, flush NS 10 mL, post VS
   - waste remainder of vial 4 w/ witness and chart amount
   - chart stop time on the calendar + MAR
   - PIV out, d/c w/ daughter (cell # on facesheet)
   - has f/u w/ Dr. Ames 03/19 re PFTs
   Meds from home: Anoro 1 inh daily, albuterol prn, alendronate weekly (Sun),
   levothyroxine 50 mcg. Fall risk: low, ambulates w/ cane.
                                                      B. Sorensen RN 10:33
"""

D2 = """
NURSING NOTE                       03/12/2026  11:20         A. Mbeki RN
Assumed care 10:31 (B. Sorensen RN floated). Glassia running 3.5 mL/min L FA, site
clean, pt dozing, arrousable.
11:02 Glassia infusion complete. Flushed 10 mL NS.
Waste: 76 mg Glassia (approx 3.8 mL left in vial #4) discarded in pharm waste bin,
witnessed by G. Ruiz RN. Total administered 3,972 mg.
11:05 VS BP 126/70 HR 72 RR 16 SpO2 95 %. Denies SOB above baseline, no rash,
no itching.
Pt asked about her breathing tests - told her Dr. Ames will go over PFT results
with her on 03/19 and will reassess her response to augmentation then.
Daughter at bedside from 10:50; updated on visit, she has the calendar copy.
Reinforced: call unit or 911 for hives, wheeze, throat tightness after discharge.
Calendar cell for today completed (dose/lot/exp/times).
11:14 PIV removed, intact. 11:18 d/c to daughter in w/c to car.
                                                          A. Mbeki RN
"""

D3 = """
AMBULATORY INFUSION UNIT - PATIENT CALENDAR        MARCH 2026
Pt: PRUITT, Eleanor M.   MRN FG-604417   Glassia 60 mg/kg IV q Thursday
Cell: dose given / lot / exp / start-stop / RN
+----------------+----------------+----------------+--------------------+----------------+
| MON            | TUE            | WED            | THU                | FRI            |
+----------------+----------------+----------------+--------------------+----------------+
| 2              | 3              | 4              | 5                  | 6              |
|                |                |                | 3972 mg            |                |
|                |                | labs drawn     | KB25G1144 02/26    |                |
|                |                | (CBC, BMP)     | 0958-1054  JT      |                |
+----------------+----------------+----------------+--------------------+----------------+
| 9              | 10             | 11             | 12                 | 13             |
|                |                |                | 3972 mg            |                |
|                |                |                | KB25G1144 02/26    |                |
|                |                |                | 1005-1102  BS/AM   |                |
+----------------+----------------+----------------+--------------------+----------------+
| 16             | 17             | 18             | 19                 | 20             |
|                |                |                | sched 3972 mg      |                |
|                |                |                | + Dr. Ames 1:30 PM |                |
+----------------+----------------+----------------+--------------------+----------------+
| 23             | 24             | 25             | 26                 | 27             |
|                |                |                | sched              |                |
+----------------+----------------+----------------+--------------------+----------------+
| 30             | 31             |                |                    |                |
+----------------+----------------+----------------+--------------------+----------------+
Feb 26 (prev. month): 4048 mg / KB25F0877 exp 11/26 / JT
Note: wt 66.2 kg on 03/12; 66.5 kg on 03/05.
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-12", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-12", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-03-12", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1 antitrypsin deficiency - PI*SZ"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d1", "_ev": "PI*SZ, level 52 mg/dL"},
    {"kind": "serum_aat", "value": 52, "unit": "mg/dL", "_doc": "d1", "_ev": "level 52 mg/dL"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "COPD w/ emphysema on CT"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "COPD w/ emphysema on CT"},
    {"kind": "fev1", "value": 45, "_doc": "d1", "_ev": "FEV1 ~45 %"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker (quit 1990s)"},
    {"kind": "weight", "value": 66.2, "unit": "kg", "value_kg": 66.2, "_doc": "d1", "_ev": "Wt 66.2 kg (09:40)", "_date": "2026-03-12"},
    {"kind": "weight", "value": 66.5, "unit": "kg", "value_kg": 66.5, "_doc": "d3", "_ev": "66.5 kg on 03/05", "_date": "2026-03-05"},
    {"kind": "drug_product", "value": "Glassia", "_doc": "d2", "_ev": "Glassia infusion complete", "_dos": True},
    {"kind": "dose", "value": 3972, "_doc": "d2", "_ev": "Total administered 3,972 mg"},
    {"kind": "wastage", "value": 76, "_doc": "d2", "_ev": "Waste: 76 mg Glassia"},
    {"kind": "lot_number", "value": "KB25G1144", "_doc": "d1", "_ev": "lot KB25G1144, exp 02/2026"},
    {"kind": "expiration_date", "value": "2026-02", "_doc": "d1", "_ev": "exp 02/2026"},
    {"kind": "infusion_start", "value": "10:05", "_doc": "d1", "_ev": "Started 10:05"},
    {"kind": "infusion_end", "value": "11:02", "_doc": "d2", "_ev": "11:02 Glassia infusion complete"},
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
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "conflict",
    "infusion_times": "met",
    "response_to_therapy": "missing",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "weight_kg": 66.2, "weight_date": "2026-03-12", "dose_mg": 3972,
    "target_mg": 3972.0, "low_mg": 3574.8, "high_mg": 4369.2, "pct_diff": 0.0, "within_10pct": True,
    "code": "J0257", "billing_unit_mg": 10, "units_expected": 398, "units_billed": 398,
    "waste_mg": 76, "jw_units_expected": 7, "jw_units_billed": 7, "modifier": "JW",
    "expirations": ["2026-02"], "expiration_ok": False,
    "expiration_note": "02/2026 = last day 2026-02-28, before DOS 2026-03-12",
}

NOTES = """
I-SBAR emergency handoff (first RN floated) with Glassia running (start 10:05); receiving RN
note with stop 11:02, witnessed 76 mg waste and dose; month-view calendar grid with Thursday
cells (dose/lot/exp/start-stop/RN).
Gaps: lot KB25G1144 expired 02/2026 (month end 2026-02-28) before the 03/12 DOS ->
expiration_date conflict; no progress note states a response (the receiving RN only says Dr. Ames
"will reassess her response to augmentation" on 03/19 -> plan, not a response) -> missing.
JW 7 = floor(76/10); administered 398 = ceil(397.2).
Traps: 4 vials x 1,012 mg = 4,048 mg; "~3.8 mL"; "About 90 mL of ~196 mL"; other weeks' cells
(03/05 0958-1054 with the same lot, 02/26 lot KB25F0877 exp 11/26 and 4,048 mg); scheduled
03/19 and 03/26; the 1:30 PM appointment; vitals 09:45/10:20/11:05, weight 09:40, handoff 10:31,
PIV out 11:14, d/c 11:18; 66.5 kg on 03/05 (finding, not the DOS weight).
"""
