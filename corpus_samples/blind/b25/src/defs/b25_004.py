"""b25-004: medicare, 1 gap. Styles (5) question/answer infusion-nurse checklist + (6) consolidated
patient summary printout (encounters newest first). Aralast NP 5 x 1 g + 1 x 500 mg, 5,280 mg given,
220 mg wasted, J0256 528 + JW 22. The 500 mg vial expired 01/31/2026."""

CHART_ID = "b25-004"
DOS = "2026-02-03"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Palmetto GBA J-M)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 528, "modifiers": []},
    {"hcpcs": "J0256", "units": 22, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
PIEDMONT LUNG & SLEEP, PA - OFFICE INFUSION SUITE
INFUSION NURSE CHECKLIST: ALPHA-1 PROTEINASE INHIBITOR (Q/A FORMAT)     form PLS-IC-07 rev 3
Patient: HARGROVE, DELBERT W    DOB 10/21/1953    Acct 30-118842    Date: 02/03/2026
RN: Celeste Amankwah, RN        Ordering MD: Owen Tillery, MD

Q: Two patient identifiers confirmed?
A: Yes - name and DOB.
Q: Time patient arrived?
A: 08:47
Q: Diagnosis on the order?
A: Alpha-1-antitrypsin deficiency E88.01; emphysema J43.9.
Q: Weight today (measured)?
A: 87.9 kg, office scale, shoes off.
Q: Any fever, new cough/sputum, antibiotics or prednisone in the last 2 weeks?
A: No.
Q: Baseline vitals?
A: 08:55 - BP 148/86, HR 74, RR 18, T 36.5, SpO2 91% RA.
Q: Product and order?
A: Aralast NP, 60 mg/kg IV weekly. Pharmacy calc 5,274 mg, rounded to 5,280 mg.
Q: Vials dispensed?
A: 5 x 1,000 mg (lot LE25P211AB) + 1 x 500 mg (lot LE25A044AC) = 5,500 mg.
Q: Expiration dates checked - all vials in date?
A: Yes - 1,000 mg vials exp 09/30/2027; 500 mg vial exp 01/31/2026.
Q: Reconstitution?
A: 1 g vials with 50 mL SWFI each, 500 mg vial with 25 mL; 275 mL total, 5 micron filter.
Q: IV access?
A: 22g PIV L forearm at 09:02, brisk blood return.
Q: Premedication given?
A: None ordered.
Q: Infusion start time?
A: 09:14
Q: Rate?
A: 0.08 mL/kg/min = 7 mL/min.
Q: Vitals at 15 minutes?
A: 09:29 - BP 142/84, HR 76, SpO2 92%.
Q: Infusion stop time?
A: 09:56
Q: Was the full dose administered?
A: Yes - 5,280 mg (264 mL).
Q: Amount discarded?
A: 220 mg (11 mL) left in the 500 mg single-dose vial; wasted in pharmaceutical waste bin,
   witnessed by T. Brinkley, MA.
Q: Any reaction during or after the infusion?
A: No.
Q: Post-infusion vitals?
A: 10:08 - BP 138/80, HR 72, SpO2 93%.
Q: Discharge time and condition?
A: 10:15, ambulatory, stable. Wife driving.
Q: Next appointment?
A: 02/10/2026 08:45.
Checklist completed and e-signed: Celeste Amankwah, RN 02/03/2026 10:29
"""

D2 = """
PIEDMONT LUNG & SLEEP, PA                    PATIENT SUMMARY - ENCOUNTERS, NEWEST FIRST
Printed 02/04/2026 07:40 by billing (J. Ruelas)     Range: 03/01/2019 - 02/04/2026
Patient: HARGROVE, DELBERT W    DOB 10/21/1953    Sex M    Ins: Medicare Part B / AARP Supp F
Problem list: Alpha-1-antitrypsin deficiency (E88.01); Emphysema (J43.9); COPD (J44.9);
  HTN (I10); BPH (N40.0)
--------------------------------------------------------------------------------------------
02/03/2026  Infusion visit  (C. Amankwah, RN / O. Tillery, MD)
  Wt 87.9 kg.  Aralast NP 5,280 mg IV; 220 mg wasted (JW).  See infusion checklist.
--------------------------------------------------------------------------------------------
01/27/2026  Infusion visit  (C. Amankwah, RN)
  Wt 88.4 kg.  Aralast NP 5,300 mg IV 09:20-10:01.  Lots LE25P211AB (1 g) / LE25F020AC
  (500 mg, exp 11/30/2026).  Wasted 200 mg.  No reaction.
--------------------------------------------------------------------------------------------
01/20/2026  Infusion visit  (D. Sato, RN)
  Wt 88.6 kg.  Aralast NP 5,320 mg IV 09:11-09:53.  Lots LE25M118AB / LE25F020AC.
  Wasted 180 mg.  No reaction.
--------------------------------------------------------------------------------------------
01/13/2026  Infusion visit - CANCELLED by patient (snow). Not rescheduled.
--------------------------------------------------------------------------------------------
12/16/2025  Office visit - Pulmonology  (O. Tillery, MD)
  Wt 89.0 kg  BP 140/82  SpO2 92%.  Spirometry post-BD FEV1 1.16 L (36% pred).
  Dx: AATD PI*ZZ on augmentation; emphysema. Stable on Aralast NP. Continue weekly.
--------------------------------------------------------------------------------------------
09/09/2025  Lab  AAT trough (on therapy): 12.8 umol/L (ref 20-48).  CBC wnl.
--------------------------------------------------------------------------------------------
06/17/2025  Office visit - Pulmonology  (O. Tillery, MD)
  Wt 90.2 kg.  Post-BD FEV1 1.19 L (37% pred).  Exacerbation 04/2025 (doxycycline).
--------------------------------------------------------------------------------------------
11/04/2020  Office visit - Pulmonology
  Augmentation started 11/2020 (Aralast NP). Former smoker, quit 2011, 40 pk-yr.
--------------------------------------------------------------------------------------------
03/14/2019  Lab  Alpha-1 antitrypsin 5.6 umol/L (ref 20-48 umol/L).  Genotype PI*ZZ.
  Brother (deceased 2012, "emphysema at 55") - never tested.
--------------------------------------------------------------------------------------------
End of summary. 10 encounters listed. Only finalized documentation is shown.
"""

D3 = """
PIEDMONT LUNG & SLEEP, PA - PULMONARY OFFICE NOTE
Date of visit: 12/16/2025        Provider: Owen Tillery, MD
Patient: Hargrove, Delbert W     DOB 10/21/1953

Subjective: 72-year-old man with alpha-1 antitrypsin deficiency (PI*ZZ, level 5.6 umol/L in
2019) and emphysema, on weekly Aralast NP in our office since 11/2020. He reports his
breathing is "about where it was last winter". No exacerbation since April (doxycycline
only, no prednisone). Still does yard work, stops once on stairs. Former smoker, 40 pack-
years, quit 2011. Wife has mild COPD.
Current meds: Aralast NP 60 mg/kg IV weekly; tiotropium 2.5 mcg 2 puffs daily;
formoterol/budesonide 160/4.5 2 puffs BID; albuterol prn; amlodipine 5 mg; tamsulosin.
Objective: Wt 89.0 kg. BP 140/82, HR 78, SpO2 92% RA. Diminished breath sounds, no wheeze.
Spirometry today post-BD: FEV1 1.16 L (36% predicted), FVC 3.30 L, ratio 0.35.
   06/2025: FEV1 1.19 L (37% predicted).
CT chest 02/2019: severe panlobular emphysema, lower lobes.
Assessment:
 1. AATD, PI*ZZ, on augmentation - stable on Aralast NP: one outpatient exacerbation in
    2025 versus three hospitalizations in 2019-2020 before therapy; FEV1 down 30 mL in
    6 months, within test variability.
 2. Emphysema / COPD, GOLD 3 - continue triple therapy.
 3. If resting SpO2 falls below 88%, would start home oxygen - not needed now.
Plan: continue Aralast NP 60 mg/kg IV weekly, dosed on infusion-day weight. Pulmonary
rehab referral declined. RTC 6 months with spirometry.
Electronically signed: Owen Tillery, MD 12/16/2025 17:12
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-03", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-04", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-12-16", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1-antitrypsin deficiency E88.01"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "Genotype PI*ZZ"},
    {"kind": "serum_aat", "value": 5.6, "unit": "uM", "_doc": "d2", "_ev": "Alpha-1 antitrypsin 5.6 umol/L"},
    {"kind": "serum_aat", "value": 12.8, "unit": "uM", "_doc": "d2", "_ev": "AAT trough (on therapy): 12.8 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "emphysema J43.9"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD (J44.9)"},
    {"kind": "weight", "value": 87.9, "unit": "kg", "value_kg": 87.9, "_date": "2026-02-03", "_doc": "d1", "_ev": "87.9 kg, office scale"},
    {"kind": "weight", "value": 88.4, "unit": "kg", "value_kg": 88.4, "_date": "2026-01-27", "_doc": "d2", "_ev": "Wt 88.4 kg"},
    {"kind": "weight", "value": 88.6, "unit": "kg", "value_kg": 88.6, "_date": "2026-01-20", "_doc": "d2", "_ev": "Wt 88.6 kg"},
    {"kind": "weight", "value": 89.0, "unit": "kg", "value_kg": 89.0, "_date": "2025-12-16", "_doc": "d3", "_ev": "Wt 89.0 kg"},
    {"kind": "weight", "value": 90.2, "unit": "kg", "value_kg": 90.2, "_date": "2025-06-17", "_doc": "d2", "_ev": "Wt 90.2 kg"},
    {"kind": "dose", "value": 5280, "_doc": "d1", "_ev": "A: Yes - 5,280 mg (264 mL)."},
    {"kind": "wastage", "value": 220, "_doc": "d1", "_ev": "220 mg (11 mL) left in the 500 mg single-dose vial"},
    {"kind": "lot_number", "value": "LE25P211AB", "_doc": "d1", "_ev": "(lot LE25P211AB)"},
    {"kind": "lot_number", "value": "LE25A044AC", "_doc": "d1", "_ev": "(lot LE25A044AC)"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d1", "_ev": "1,000 mg vials exp 09/30/2027"},
    {"kind": "expiration_date", "value": "2026-01-31", "_doc": "d1", "_ev": "500 mg vial exp 01/31/2026"},
    {"kind": "infusion_start", "value": "09:14", "_doc": "d1", "_ev": "Q: Infusion start time?\nA: 09:14"},
    {"kind": "infusion_end", "value": "09:56", "_doc": "d1", "_ev": "Q: Infusion stop time?\nA: 09:56"},
    {"kind": "fev1", "value": 36, "_doc": "d3", "_ev": "FEV1 1.16 L (36% predicted)"},
    {"kind": "fev1", "value": 37, "_doc": "d3", "_ev": "FEV1 1.19 L (37% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "stable on Aralast NP: one outpatient exacerbation in\n    2025 versus three hospitalizations in 2019-2020 before therapy"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, 40 pack-\nyears, quit 2011"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "A: Aralast NP, 60 mg/kg IV weekly."},
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
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-02-03",
    "weight": {"value": 87.9, "unit": "kg", "kg": 87.9, "date": "2026-02-03"},
    "dose_mg": 5280,
    "target_mg": 5274.0,
    "tolerance_mg": 527.4,
    "deviation_pct": 0.11,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 528,
    "units_billed": 528,
    "waste_mg": 220,
    "jw_units_expected": 22,
    "jw_units_billed": 22,
    "modifiers": [],
    "expirations": ["2027-09-30", "2026-01-31"],
    "expiration_ok": False,
}

NOTES = """
Gap: expiration_date conflict - the 500 mg Aralast NP vial (lot LE25A044AC) is documented with
exp 01/31/2026, before the 02/03/2026 DOS; the checklist answer "Yes" (all vials in date) does not
change the documented date. Q/A checklist: dose is the answer to "Was the full dose administered?"
(5,280 mg), not the pharmacy calc 5,274 mg or the 5,500 mg dispensed; start/stop are the Q/A times,
not arrival 08:47, VS 08:55/09:29/10:08, PIV 09:02, discharge 10:15, signature 10:29 or next appt.
Consolidated summary: only the 02/03/2026 block is the DOS; 01/27 and 01/20 doses (5,300 / 5,320
mg), lots (LE25F020AC exp 11/30/2026, LE25M118AB), times and wastes (200/180 mg) are other
encounters. Their weights (88.4, 88.6 kg) and the 12/16 and 06/17 weights are the patient's and
listed; 87.9 kg (DOS) governs. On-therapy trough 12.8 umol/L is listed (baseline 5.6 meets).
Reference 20-48 umol/L; brother never tested; wife's COPD; hypothetical home oxygen.
"""
