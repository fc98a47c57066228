"""b23-007: medicare, gap: units_match_dose conflict (J0257 508 billed = dispensed 5,080 mg; given
4,620 mg -> 462). Styles (7) referral packet (fax cover, referral form, outside pulmonology note
and spirometry) and (4) respiratory-therapy / pulmonary-rehab progress note with CAT, mMRC, 6MWD
trend used as evidence of response. Glassia 5 x 1,016 mg, 460 mg wasted, JW 46."""

CHART_ID = "b23-007"
DOS = "2026-01-14"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Medigap Plan G secondary)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 508, "modifiers": []},
    {"hcpcs": "J0257", "units": 46, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
FAX TRANSMITTAL                                          BAYFRONT PULMONARY & SLEEP
                                                         411 Quay St, Suite 300
                                                         P 555-0143  F 555-0144
To:     Mercy Eastside Infusion Center - Scheduling / Intake     Fax 555-0188
From:   Dolores Vance, MA (for Dr. Anjali Iyer)
Date:   01/05/2026  09:14        Pages: 7 including cover
Re:     FERREIRA-LUND, TOMAS   DOB 03/09/1957 - transfer of weekly Glassia infusions
Message: Our in-office infusion suite closes 12/31. Pt has been on Glassia here since 08/2025.
Please take over weekly infusions starting week of 01/12. Referral form, last office note, PFT and
labs attached. Call w/ questions.
*** This fax may contain PHI. If received in error, call 555-0143 and destroy. ***
-----------------------------------------------------------------------------------------
[page 2]  OUTPATIENT INFUSION REFERRAL
Patient name: Ferreira-Lund, Tomas      DOB: 03/09/1957      Phone: 555-0119
Primary ins: Medicare Part B   MBI 4TR8-XK2-MN61     Secondary: Medigap Plan G
Authorization: not required (Medicare FFS)        Referral #: BPS-26-0031
Diagnosis codes: E88.01, J43.1, J44.9
Drug: GLASSIA (alpha1-proteinase inhibitor, human) 60 mg/kg IV once weekly
Weight: 169 lb  (measured 11/18/2025)
Dose rounding: to nearest whole vial is OK / partial vial OK - round per pharmacy
Premedication: none     Max rate: 0.2 mL/kg/min     Filter: 5 micron
Duration of order: 12 months     Labs: none required
Prescriber: Anjali Iyer, MD   NPI 1427xxxxxx    Signature on file   Date: 01/02/2026
-----------------------------------------------------------------------------------------
[page 3-5]  BAYFRONT PULMONARY & SLEEP - OFFICE NOTE 11/18/2025   (Anjali Iyer, MD)
68M with AATD, PiZZ (phenotype 2024, serum AAT 24 mg/dL), emphysema and COPD, on weekly Glassia
since 08/19/2025. Former smoker (35 pk-yr, quit 2016). Here for 3-month check.
Vitals: BP 142/88  P 84  SpO2 92% RA  Wt 169 lb  Ht 5'10"
Spirometry 10/2025 (post-BD): FEV1 1.05 L, 36% predicted; FEV1/FVC 0.37; no BD response.
CT 03/2024: panlobular emphysema with lower-lobe predominance; 4 mm LUL nodule, stable.
A/P: AATD/emphysema - continue Glassia 60 mg/kg weekly; referred to pulmonary rehab (starting
12/2025). Will reassess symptom scores after rehab. If FEV1 falls below 30% consider transplant
referral. Flu/COVID vaccines given today.
-----------------------------------------------------------------------------------------
[page 6-7]  LAB: Alpha-1 antitrypsin 24 mg/dL (L) [ref 90-200]  03/2024
             A1AT phenotype: ZZ   (Pi-type by IEF; reference pattern M)
"""

D2 = """
MERCY EASTSIDE - RESPIRATORY THERAPY / PULMONARY REHABILITATION PROGRESS NOTE
Date: 01/08/2026     Pt: Ferreira-Lund, Tomas   DOB 03/09/1957   MRN ME-3390215
Author: Gabriel Nakamura, RRT        Session 9 of 24 (phase II)
Ordering: Anjali Iyer, MD

Patient-reported outcomes / functional trend:
  Date        Source                 CAT   mMRC   6MWD     SpO2 nadir   O2
  07/29/2025  Bayfront (pre-Glassia) 26    3      274 m    87%          RA
  10/21/2025  Bayfront               22    2-3    --       --           RA
  12/09/2025  rehab entry (Mercy)    20    2      301 m    88%          RA
  01/08/2026  rehab session 9        19    2      --       --           RA
  SGRQ: 61.2 (12/09/2025) - repeat at rehab discharge

Today: 38 min on treadmill 1.8 mph 2% grade + UE ergometer 12 min; Borg dyspnea 4/10, RPE 13.
SpO2 91-94% RA throughout, HR max 112. Airway clearance w/ Aerobika reviewed. MDI technique good.

Assessment: CAT has fallen 7 points and mMRC from 3 to 2 since Glassia started in 08/2025, most of
it before rehab began in 12/2025. Pt attributes easier breathing on stairs to the weekly infusions
and has had no exacerbation since starting them - consistent with a favorable response to
augmentation. Reported to Dr. Iyer.
Plan: continue 2x/wk; 6MWT and SGRQ at session 24. Pt asked to bring rescue inhaler each session.
Gabriel Nakamura, RRT   01/08/2026 11:52
"""

D3 = """
MERCY EASTSIDE INFUSION CENTER - NURSING INFUSION RECORD
Date: 01/14/2026    Pt: FERREIRA-LUND, TOMAS   DOB 03/09/1957   MRN ME-3390215
Ins: Medicare B / Medigap G     Ordering: A. Iyer MD
Medication: GLASSIA (alpha1-proteinase inhibitor [human]) 1 g/50 mL solution
Order: 60 mg/kg IV weekly, max rate 0.2 mL/kg/min, 5 micron filter
Weight today: 77.0 kg (chair scale)    Pharmacy dose 60 x 77.0 = 4,620 mg
Dispensed: 5 vials, carton actual content 1,016 mg each (5,080 mg / 250 mL)
Lot KB26A0117   Exp 2027-04-30   (all 5 vials same lot)

TIME   EVENT
0918   Arrived. T 36.4  BP 148/86  HR 81  RR 18  SpO2 93% RA. No recent illness.
0925   PIV 22 g R hand, flushed 10 mL NS, + blood return
0932   GLASSIA infusion STARTED via 5 micron filter @ 5 mL/min
0947   VS BP 144/84 HR 79 - no reaction - rate increased to 7 mL/min
1008   GLASSIA infusion COMPLETE. 227 mL = 4,620 mg infused.
1010   Remainder of last vial, 23 mL (460 mg), discarded in pharmaceutical waste; witness K. Osei RN
1040   VS BP 140/82 HR 78 SpO2 94%. PIV removed, tip intact. Discharged ambulatory.

Comments: first visit at Mercy, tolerated well. Next 01/21/2026.
RN: Priya Delacroix, RN     Witness: Kwame Osei, RN
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-01-05", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-01-08", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-01-14", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "68M with AATD, PiZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d1", "_ev": "A1AT phenotype: ZZ"},
    {"kind": "serum_aat", "value": 24, "unit": "mg/dL", "_doc": "d1", "_ev": "Alpha-1 antitrypsin 24 mg/dL (L)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "panlobular emphysema with lower-lobe predominance"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "emphysema and COPD"},
    {"kind": "fev1", "value": 36, "_doc": "d1", "_ev": "FEV1 1.05 L, 36% predicted"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "Former smoker (35 pk-yr, quit 2016)"},
    {"kind": "weight", "value": 169, "unit": "lb", "value_kg": 76.7, "_date": "2025-11-18", "_doc": "d1", "_ev": "Weight: 169 lb  (measured 11/18/2025)"},
    {"kind": "weight", "value": 77.0, "unit": "kg", "value_kg": 77.0, "_date": "2026-01-14", "_doc": "d3", "_ev": "Weight today: 77.0 kg"},
    {"kind": "dose", "value": 4620, "_doc": "d3", "_ev": "227 mL = 4,620 mg infused"},
    {"kind": "wastage", "value": 460, "_doc": "d3", "_ev": "23 mL (460 mg), discarded"},
    {"kind": "lot_number", "value": "KB26A0117", "_doc": "d3", "_ev": "Lot KB26A0117"},
    {"kind": "expiration_date", "value": "2027-04-30", "_doc": "d3", "_ev": "Exp 2027-04-30"},
    {"kind": "infusion_start", "value": "09:32", "_doc": "d3", "_ev": "0932   GLASSIA infusion STARTED"},
    {"kind": "infusion_end", "value": "10:08", "_doc": "d3", "_ev": "1008   GLASSIA infusion COMPLETE"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "Pt attributes easier breathing on stairs to the weekly infusions\nand has had no exacerbation since starting them - consistent with a favorable response to\naugmentation."},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d3", "_ev": "Medication: GLASSIA"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "conflict",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "met",
}

ARITH = {
    "dos": "2026-01-14",
    "weight": {"value": 77.0, "unit": "kg", "kg": 77.0, "date": "2026-01-14"},
    "dose_mg": 4620,
    "target_mg": 4620.0,
    "tolerance_mg": 462.0,
    "deviation_pct": 0.0,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 462,
    "units_billed": 508,
    "waste_mg": 460,
    "jw_units_expected": 46,
    "jw_units_billed": 46,
    "modifiers": [],
    "expirations": ["2027-04-30"],
    "expiration_ok": True,
}

NOTES = """
Gap: units_match_dose conflict - the administered J0257 line carries 508 units (the dispensed
5,080 mg) while 4,620 mg was infused (462 units); the JW line (46 = floor 460/10) is right, so
wastage is met and the claim double-counts the waste. Traps: referral weight 169 lb (listed, lb;
DOS weight 77.0 kg governs), "Authorization: not required", referral # BPS-26-0031, MBI, fax
09:14, pharmacy calculation 60 x 77.0 = 4,620 mg (same value as given), 1,016 mg/vial, 5,080 mg /
250 mL dispensed, arrival/PIV/VS/discharge times, rate change 0947, "disposal 1010", CAT/mMRC/6MWD/
SGRQ values and dates, treadmill/Borg/HR numbers, hypothetical transplant referral below 30 %, 4 mm
nodule, lab reference pattern M and 90-200. The RRT note (progress_note) ties CAT/mMRC change to
augmentation before rehab: response met.
"""
