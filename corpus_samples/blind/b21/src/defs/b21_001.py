"""b21-001: medicare, Zemaira J0256 JZ. Styles (1) SBAR handoff + (7) relative-time infusion log. Complete."""

CHART_ID = "b21-001"
DOS = "2026-02-17"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 496, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]
STYLES = [1, 7]

D1 = """
LAKEVIEW REGIONAL MEDICAL CENTER - OUTPATIENT INFUSION SVCS (3 WEST)
NURSING HANDOFF REPORT - SBAR                 Date: 02/17/2026    Time: 15:31
From: D. Whitlock RN (0700-1530)      To: M. Oyelaran RN (1100-1930)
Pt: HARLAN, Gerald T.    MRN 00418827    DOB 04/09/1954    Chair 6

S - SITUATION
  71 yo M here for his weekly alpha-1 augmentation (Zemaira). Infusion IN PROGRESS
  at time of report. Zemaira started 15:12 via 22g PIV R forearm, pump @ 4.0 mL/min,
  approx 3/4 in at handoff (~76 of 99 mL). No reaction so far.

B - BACKGROUND
  AATD - PI*ZZ (genotyped 2019 at Quest). Pre-tx AAT level 34 mg/dL (ref 100-190).
  Panlobular emphysema both lower lobes on CT chest 2019, COPD GOLD 3.
  On augmentation since 06/2019, comes every Tues. Ex-smoker, quit 2012 (40 pk-yr).
  Other hx: HTN, BPH, OA knees. NKDA. Son Ray tested PI*MZ, not on treatment.
  Home O2 2L w/ exertion only.

A - ASSESSMENT
  Wt today 80.4 kg (standing scale at arrival 14:52).
  Pharm calc 60 mg/kg x 80.4 kg = 4,824 mg -> closest vial combo dispensed:
     Vial 1  4 g kit, actual potency 3,948 mg   lot P100611842   exp 03/2027
     Vial 2  1 g,     actual potency 1,006 mg   lot P100598317   exp 11/2026
  Both vials recon'd 15:02, whole contents being infused (4,954 mg).
  Pre VS 14:55  BP 138/82  HR 76  RR 18  SpO2 93% RA  T 36.7
  Lungs diminished at bases, no wheeze, no accessory mm use. Denies fever, URI sx.
  No premeds ordered - hx tolerates w/o them.

R - RECOMMENDATION / TO DO
  - 15 min VS done 15:26 (see log). Next set at end of infusion.
  - watch for flushing / chills / dyspnea / back pain.
  - when pump alarms: flush 10 mL NS, post VS. he likes to sit ~15 min before leaving.
  - chart stop time + waste (should be none, both vials going in) on the event log.
  - next appt 02/24 same time - front desk has it.
Report given chairside w/ pt present, questions answered.    D. Whitlock RN  15:33
"""

D2 = """
INFUSION EVENT LOG (relative time)        Lakeview Regional - Outpt Infusion
Drug: ZEMAIRA (alpha1-proteinase inhibitor, human)   Route: IV via 5 micron filter
Pt: HARLAN, Gerald T.   MRN 00418827   Date 02/17/2026   Chair 6
Clock reference: T0 = 15:12 = pump start. Entries below are min relative to T0.

 time    event                                                          init
 ------  -------------------------------------------------------------  ----
 T-20    arrived chair 6, ID x2 / allergy band checked, wt 80.4 kg        DW
 T-17    VS  BP 138/82  HR 76  RR 18  SpO2 93%  T 36.7                     DW
 T-14    PIV 22g R FA, 1st attempt, blood return +, flush 10 mL NS        DW
 T-10    2 vials reconstituted (3,948 mg + 1,006 mg), no particulate      DW
 T0      Zemaira infusion started 4.0 mL/min                              DW
 T+14    VS  BP 134/80  HR 78  RR 18  SpO2 94%  no flushing/chills        DW
 T+19    bedside handoff DW -> MO                                         DW
 T+25    end of infusion - pump "INFUSION COMPLETE", line flushed 10 mL   MO
 T+27    VS  BP 131/78  HR 74  RR 16  SpO2 94%                             MO
 T+41    PIV d/c'd, cath tip intact, site clean, gauze                    MO
 T+44    d/c'd ambulatory w/ wife                                         MO

 Volume infused: 99 mL     Total drug: 4,954 mg
 Wasted: 0 mg - both vials entirely administered
 Adverse rxn: none       Pt education: none needed today
"""

D3 = """
NURSING NOTE (I-SBAR receiving RN)          02/17/2026  16:02
M. Oyelaran RN - Outpatient Infusion 3W

I: Gerald Harlan, 71M, chair 6, weekly Zemaira. Identity verified x2 at handoff.
S: Received report from D. Whitlock RN at 15:31 at chairside w/ Zemaira infusing
   thru R FA 22g PIV, pump 4.0 mL/min, site WNL, pt comfortable, watching TV.
B: AATD (ZZ) w/ emphysema on weekly augmentation since 2019 - see handoff report.
A: Zemaira infusion completed 15:37 w/o interruption, no pump alarms besides the
   completion alarm. Line flushed 10 mL NS. Total Zemaira given 4,954 mg
   (vials 3,948 mg + 1,006 mg, lots as charted by DW). No waste - no drug left in
   either vial, nothing discarded.
   Post VS 15:39 BP 131/78 HR 74 RR 16 SpO2 94% RA. Denies SOB beyond baseline,
   no rash, no flushign, no HA.
   Pt says his breathing is "holding steady" - no exacerbations and no ED trips
   since last summer, still walking the dog ~1 mile most days. Remains stable on
   weekly augmentation; tolerates infusions well.
R: PIV removed 15:53, site clean. Wife driving. D/c'd home 15:56 ambulatory.
   Reminded of 02/24 appt. Will call clinic if fever, hives, or SOB worse than usual.
                                                   M. Oyelaran RN
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-02-17", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-02-17", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-17", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "AATD - PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d1", "_ev": "PI*ZZ (genotyped 2019"},
    {"kind": "serum_aat", "value": 34, "unit": "mg/dL", "_doc": "d1", "_ev": "Pre-tx AAT level 34 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Panlobular emphysema both lower lobes"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "COPD GOLD 3"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Ex-smoker, quit 2012"},
    {"kind": "weight", "value": 80.4, "unit": "kg", "value_kg": 80.4, "_doc": "d1", "_ev": "Wt today 80.4 kg", "_date": "2026-02-17"},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d3", "_ev": "Total Zemaira given 4,954 mg", "_dos": True},
    {"kind": "dose", "value": 4954, "_doc": "d3", "_ev": "Total Zemaira given 4,954 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "Wasted: 0 mg"},
    {"kind": "lot_number", "value": "P100611842", "_doc": "d1", "_ev": "lot P100611842"},
    {"kind": "lot_number", "value": "P100598317", "_doc": "d1", "_ev": "lot P100598317"},
    {"kind": "expiration_date", "value": "2027-03", "_doc": "d1", "_ev": "exp 03/2027"},
    {"kind": "expiration_date", "value": "2026-11", "_doc": "d1", "_ev": "exp 11/2026"},
    {"kind": "infusion_start", "value": "15:12", "_doc": "d1", "_ev": "Zemaira started 15:12"},
    {"kind": "infusion_end", "value": "15:37", "_doc": "d3", "_ev": "Zemaira infusion completed 15:37"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "Remains stable on\n   weekly augmentation; tolerates infusions well"},
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
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "weight_kg": 80.4, "weight_date": "2026-02-17", "dose_mg": 4954,
    "target_mg": 4824.0, "low_mg": 4341.6, "high_mg": 5306.4, "pct_diff": 2.69, "within_10pct": True,
    "code": "J0256", "billing_unit_mg": 10, "units_expected": 496, "units_billed": 496,
    "waste_mg": 0, "jw_units_expected": 0, "jw_units_billed": None, "modifier": "JZ",
    "expirations": ["2027-03", "2026-11"], "expiration_ok": True,
}

NOTES = """
SBAR handoff with the Zemaira infusion running at report (start 15:12 in the first RN's
report), relative-time event log (T0 = 15:12; T+25 end = 15:37, matching the receiving
RN's absolute stop time), receiving RN I-SBAR note with stop, no waste and response.
Traps: pharmacy calc 4,824 mg; vial potencies 3,948/1,006 mg (the sum is the dose);
arrival/weight 14:52, vitals 14:55/15:26/15:39, PIV 14:58 and removal 15:53, reconstitution
15:02, handoff 15:31, discharge 15:56; relative vitals rows; reference range 100-190;
son PI*MZ; next appt 02/24; pump rate and volume.
"""
