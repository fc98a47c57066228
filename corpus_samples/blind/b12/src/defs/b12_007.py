# b12-007  commercial  gaps: fev1_range conflict (FEV1 84% predicted); prior_authorization missing
# (renewal pending; only a case reference number)
# Style: printed Beacon-like treatment plan with dose range / rounding / hold criteria + MAR
# action grid + pulmonary note.  Prolastin-C (lyophilized), exact dose with 490 mg waste,
# commercial claim without JW/JZ.

_plan = """PRAIRIE VIEW HEALTH - TREATMENT PLAN                                   Printed 03/10/2026 13:31
Plan name: PULMONARY ALPHA-1 AUGMENTATION - PROLASTIN-C - WEEKLY (v4)
Patient: NATARAJAN, PRIYA S   MRN PV-2210487   DOB 09/17/1978 (47 y)   F
Responsible provider: Tomasz Wierzbicki, MD    Plan start 11/18/2025    Status: ACTIVE
Diagnoses: Alpha-1-antitrypsin deficiency (E88.01); Panlobular emphysema (J43.1)
Authorization status: PENDING - renewal submitted 02/27/2026 (payer case ref AET-CASE-2602-88213)
Height 160 cm   Weight 58.5 kg (03/10/2026 13:22)   Dosing weight: actual
---------------------------------------------------------------------------------------------
Cycle 17, Day 1 - 03/10/2026                                                Released 13:29
---------------------------------------------------------------------------------------------
PARAMETERS
  Do not start / hold and page provider for:
    - T > 38.0 C, HR > 120, SBP < 90, SpO2 < 90% RA
    - Exacerbation symptoms (increased sputum purulence + dyspnea) or systemic steroids /
      antibiotics in the last 7 days
    - Prior reaction requiring epinephrine
  Re-weigh each visit. If weight changes >= 5% from the last dosing weight, recalculate.

ALPHA-1-PROTEINASE INHIBITOR (HUMAN) [PROLASTIN-C] INJECTION
    Dose: 60 mg/kg                    Dose range allowed: 54 - 66 mg/kg
    Calculated dose: 3,510 mg         (58.5 kg x 60 mg/kg)
    Dose rounding rule: round to the nearest 1,000 mg vial if the rounded dose is within
        +/-10% of the calculated dose; otherwise prepare the exact calculated dose and
        document the discarded remainder.
        -> 3,000 mg = -14.5% / 4,000 mg = +14.0%: outside rule. Prepare exact dose.
    Reconstitute each 1,000 mg vial with 20 mL SWFI (50 mg/mL). Give within 3 h.
    Route: IV. Rate: 0.08 mL/kg/min (about 4.7 mL/min at 58.5 kg).
    Frequency: once weekly, Day 1.

SUPPORTIVE / PRN
    acetaminophen 1,000 mg PO once pre-infusion (patient preference, headache history)
    sodium chloride 0.9% 10 mL flush IV before and after
    diphenhydramine 25-50 mg IV once PRN hives/pruritus
    EPINEPHrine 0.3 mg IM PRN anaphylaxis, may repeat x1 after 5-15 min

MONITORING
    VS at baseline, 15 min into infusion, end of infusion, 15 min post.
    AAT trough q6 months: next 05/2026. LFTs annually.

PHARMACY
    Verified 03/10/2026 13:33 - D. Amadi PharmD. 4 vials (lot PC25M0387, exp JAN 2027)
    reconstituted 13:38-13:47 in pharmacy; 3,510 mg (70.2 mL) drawn into syringes;
    490 mg (9.8 mL) remaining in vial 4 to waste, witnessed at the hood.
---------------------------------------------------------------------------------------------
Page 1 of 1
"""

_mar = """MEDICATION ADMINISTRATION RECORD - OUTPATIENT INFUSION            03/10/2026
NATARAJAN, PRIYA S    MRN PV-2210487    DOB 09/17/1978    Wt 58.5 kg    Allergies: NKDA
Location: PVH INFUSION - BAY 2                                Printed 03/10/2026 15:02

Time   Medication / order                               Dose       Rte  Action        By
-----  -----------------------------------------------  ---------  ---  ------------  ----
1336   acetaminophen tablet                             1,000 mg   PO   Given         LCB
1344   sodium chloride 0.9% flush                       10 mL      IV   Given         LCB
1351   alpha1-PI (PROLASTIN-C) 3,510 mg / 70.2 mL       --         IV   Scanned       LCB
         barcode: NDC 13533-0700-xx x4  lot PC25M0387  exp 01/2027
1402   alpha1-PI (PROLASTIN-C)                          3,510 mg   IV   New Bag/Start LCB
         rate 281 mL/hr (0.08 mL/kg/min); site L FA 22g PIV placed 1340
1417   -- VS: HR 82  BP 118/72  RR 18  SpO2 97%  no reaction --              LCB
1419   alpha1-PI (PROLASTIN-C)                          --         IV   Stopped       LCB
         infusion complete, 70.2 mL infused
1419   sodium chloride 0.9% flush                       10 mL      IV   Given         LCB
1420   alpha1-PI (PROLASTIN-C) WASTE                    490 mg     --   Wasted        DAM/LCB
         9.8 mL remainder of 4th 1,000 mg single-dose vial; witnessed D. Amadi PharmD
         (waste performed at pharmacy hood 13:48, charted here)
1436   -- post VS: HR 78  BP 116/70  SpO2 98% --                            LCB
       diphenhydramine 25-50 mg IV PRN                  --         IV   Not given     LCB
       EPINEPHrine 0.3 mg IM PRN                        --         IM   Not given     LCB

Initials: LCB = Lauren C. Boateng RN;  DAM = Dayo A. Amadi PharmD
Total A1PI prepared 4,000 mg nominal (4 vials); administered 3,510 mg; wasted 490 mg.
Previous week (03/03/2026) on this plan: 3,540 mg at 59.0 kg - see that date's MAR.
"""

_note = """PRAIRIE VIEW PULMONARY ASSOCIATES - FOLLOW-UP NOTE
Date of service: 02/24/2026      Provider: Tomasz Wierzbicki, MD
Patient: Priya S. Natarajan, 47 F    MRN PV-2210487    Payer: Aetna Open Access Managed Choice

SUBJECTIVE
Ms. Natarajan is a software tester with alpha-1 antitrypsin deficiency, PI*ZZ, found by
cascade testing after her brother's diagnosis (2024). She has mild lower-lobe panlobular
emphysema on CT and a reduced gas transfer, and started weekly Prolastin-C on 11/18/2025.
Three months in, she is tolerating the infusions well - mild headache the first two weeks,
now prevented by acetaminophen - and has had no exacerbations. She jogs 3 km twice a week,
slower than two years ago. No cough or sputum. She asks whether the insurance renewal
will go through.

Smoking: former, about 6 pack-years in college, quit 2018. No vaping.
Family: brother (52) PI*ZZ with severe emphysema, on Zemaira. Parents both PI*MZ.

MEDICATIONS: albuterol HFA PRN (rare use); tiotropium 2.5 mcg 2 puffs daily; Prolastin-C
IV weekly; levonorgestrel IUD; vitamin D 1,000 IU.

OBJECTIVE
Weight 59.0 kg, BP 116/72, HR 76, SpO2 97% RA. Lungs clear with mildly reduced breath
sounds at the bases. No clubbing.

DATA
- AAT 4.8 umol/L (09/2024, before therapy; ref 20-48).
- Genotype: PI*ZZ (homozygous c.1096G>A), Invitae 09/2024.
- CT chest 10/2024: mild panlobular emphysema of both lower lobes (about 8% low-attenuation
  area).
- PFTs 02/17/2026: post-bronchodilator FEV1 2.52 L, 84% predicted; FEV1/FVC 0.68 - mild
  airflow obstruction. TLC 108%, RV 131%, DLCO 58% predicted.

ASSESSMENT
1. AATD, PI*ZZ, with mild panlobular emphysema and reduced DLCO, on augmentation since
   11/2025 - tolerating well, no exacerbations, too early to judge lung-function benefit.
2. Insurance: Aetna's policy (CPB 0145) lists pretreatment FEV1 25-80% predicted; her FEV1
   is above that band, so the renewal was sent with the CT, DLCO and family history. The
   first authorization period (11/2025-02/2026) is on file at Aetna; the number is not in
   our system. Renewal submitted 02/27/2026 - case ref AET-CASE-2602-88213; peer-to-peer
   offered.

PLAN
- Continue Prolastin-C 60 mg/kg IV weekly while renewal is pending (patient informed of
  financial risk and signed the advance notice).
- Repeat DLCO and CT in 12 months.
- If the renewal is denied, we will appeal with DLCO trend and CT densitometry.

Tomasz Wierzbicki, MD   signed 02/24/2026 18:02
"""

CHART = {
    "chart_id": "b12-007",
    "date_of_service": "2026-03-10",
    "payer": {"profile": "commercial", "name": "Aetna Open Access Managed Choice"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J0256", "units": 351, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-03-10", "text": _plan},
        {"id": "d2", "type": "infusion_record", "date": "2026-03-10", "text": _mar},
        {"id": "d3", "type": "progress_note", "date": "2026-02-24", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-007",
    "profile": "commercial",
    "requirements": {
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
        "prior_authorization": "missing",
        "code_selection": "met",
        "smoking_status": "met",
        "fev1_range": "conflict",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 4.8, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 84},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 58.5, "unit": "kg", "value_kg": 58.5},
        {"kind": "weight", "value": 59.0, "unit": "kg", "value_kg": 59.0},
        {"kind": "dose", "value": 3510},
        {"kind": "wastage", "value": 490},
        {"kind": "lot_number", "value": "PC25M0387"},
        {"kind": "expiration_date", "value": "2027-01"},
        {"kind": "infusion_start", "value": "14:02"},
        {"kind": "infusion_end", "value": "14:19"},
        {"kind": "response_to_therapy"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Gaps: FEV1 84% predicted is outside the commercial 25-80% band (fev1_range conflict); no "
        "authorization number anywhere - 'AET-CASE-2602-88213' is a payer case reference for a pending "
        "renewal, and the prior period's number is explicitly not in the system (prior_authorization "
        "missing). Aetna's '25-80%' is policy text. Wastage: exact dose 3,510 mg, 490 mg discarded and "
        "documented; commercial claim has neither JW nor JZ -> met. Treatment-plan calculated dose and "
        "rounding arithmetic (3,000/4,000 mg) are not doses; 4,000 mg nominal prepared is not the dose. "
        "MAR 'Scanned' 1351, PIV 1340, pharmacy reconstitution 13:38-13:47 and waste 13:48/1420 are not "
        "start/stop; New Bag/Start 1402 and Stopped 1419 are. Previous week's 3,540 mg at 59.0 kg is an "
        "earlier visit (59.0 kg is also the 02/24 clinic weight, listed). Brother PI*ZZ on Zemaira and "
        "parents PI*MZ are family. Expiry written 'JAN 2027' / '01/2027' -> 2027-01. Response: "
        "'tolerating well, no exacerbations' counts even though benefit on lung function is 'too early'."
    ),
}

ARITH = {
    "dos": "2026-03-10",
    "profile": "commercial",
    "product": "Prolastin-C",
    "code": "J0256",
    "weight": {"value": 58.5, "unit": "kg", "kg": 58.5},
    "dose_mg": 3510,
    "target_mg": 3510.0,
    "deviation_pct": 0.0,
    "vials": [{"nominal_mg": 1000, "labeled_mg": 1000, "lot": "PC25M0387"}] * 4,
    "waste_mg": 490,
    "admin_units_expected": 351,
    "billed_admin_units": 351,
    "jw_units_expected": 49,
    "billed_jw_units": 0,
    "modifier_expectation": "commercial: waste not reimbursed, no JW line; JZ would be wrong with waste",
    "lots": [{"lot": "PC25M0387", "exp": "2027-01", "expired": False}],
}
