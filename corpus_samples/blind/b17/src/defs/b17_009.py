# b17-009: commercial. Oracle Health PowerForms (infusion documentation; pulmonary follow-up) printed as
# Label: value with "Not documented" / {blank} fields, a payer adverse determination (denial) letter, and a
# charge-review / claim preview. Gaps: no authorization number anywhere (denial reference, case ID and referral
# numbers only) -> prior_authorization missing; Glassia billed with J0256 -> code_selection conflict.

D1 = """PowerForm: Ambulatory Infusion Documentation - Alpha-1 Antitrypsin
Mercy Ridge Medical Group - Infusion Center            Form Date/Time: 03/12/2026 10:26 CDT
Patient: NAKASHIMA-FROST, ELEANOR P     MRN: 88014523     FIN: 4400917252     DOB: 09/04/1969
Performed by: Castellanos RN, Marisol     Signed: 03/12/2026 12:02 CDT

Arrival Time: 10:20
Visit Type: Weekly infusion
Prior Authorization #: Not documented
Financial Clearance: Proceed per patient consent - appeal in process (see financial counselor note 03/10)
Height: 162 cm
Weight: 58.0 kg
Weight Source: Measured, standing scale
Weight Change > 5% since last infusion: No
Temperature: 36.6 DegC
Pulse: 88
Respirations: 18
Blood Pressure: 112/70
SpO2: 95 % room air
Pre-Infusion Lung Assessment: Diminished bases, no wheeze
Recent Infection: No
IV Start Time: 10:52
IV Site: Left antecubital
Catheter Gauge: 22 ga
Medication Name: Alpha-1 proteinase inhibitor (human) - Glassia
Product Concentration: 1 g/50 mL (20 mg/mL)
Ordered Dose: 60 mg/kg
Dose Administered (mg): 3,480
Volume Infused (mL): 174
Number of Vials: 4
Lot Number: LGB2504-118
Expiration Date: 07/31/2026
NDC: 0944-2884-02
In-line Filter: 5 micron, yes
Infusion Rate: 6 mL/min
Infusion Start Time: 11:05
Infusion Stop Time: 11:34
Wasted Amount: 520 mg (26 mL) - remainder of 4th vial, single-dose; discarded, not billed per plan policy
Waste Witness: Lindgren RN, Paul
Adverse Reaction: None
Premedication: {blank}
Post Infusion BP: 110/68
Post Infusion Pulse: 84
Discharge Time: 12:00
Discharge Condition: Stable, ambulatory
Next Infusion: 03/19/2026 10:15
Comments: Patient aware that Glassia request was denied 02/20 and peer-to-peer requested; she chose to
  continue weekly infusions while the appeal is pending. Dose unchanged from last week.
"""

D2 = """PowerForm: Pulmonary Clinic Follow-up
Mercy Ridge Pulmonary                                   Form Date/Time: 02/26/2026 14:10 CST
Patient: NAKASHIMA-FROST, ELEANOR P     MRN: 88014523     DOB: 09/04/1969
Provider: Oduya MD, Chinedu             Signed: 02/26/2026 15:32 CST

Chief Complaint: AATD follow-up; insurance denial of Glassia
Diagnosis 1: Alpha-1-antitrypsin deficiency - E88.01
Diagnosis 2: Panlobular emphysema - J43.1
Diagnosis 3: {blank}
Genotype: PI*ZZ (Invitae SERPINA1, 05/2022)
Serum AAT (pre-therapy): 0.31 g/L (L) [ref 0.90-2.00] 05/2022
Serum AAT (on therapy): Not documented
FEV1 % Predicted (current): 48 % (02/26/2026)
FEV1 % Predicted (prior): 51 % (02/2025)
Smoking Status: Never smoker
Exposure History: Grew up on a farm, grain dust
Exacerbations (12 mo): 0
Augmentation Product: Glassia (since 08/2022)
Prior Products Trialed: None - started on Glassia
Response to Therapy: Stable - no exacerbations in 12 months, FEV1 within 3 % of last year, tolerating infusions
Weight: 58.4 kg
Vaccines: Influenza 09/2025, pneumococcal PCV20 2024, RSV 2025
Inhalers: Anoro Ellipta 62.5/25 mcg daily; albuterol PRN
Payer Issue: Plan denied Glassia 02/20/2026 as non-preferred (prefers Prolastin-C). Patient had Glassia
  without reactions for 3.5 years. Peer-to-peer requested; letter of medical necessity sent 02/24.
Alternative if appeal upheld: Would switch to Prolastin-C 60 mg/kg weekly.
Prior Authorization #: Not documented
Referral #: RF-0092281
Follow-up: 3 months; weekly infusions continue
"""

D3 = """NORTHLAND CHOICE HEALTH PLAN
Clinical Pharmacy Review - Medical Benefit Drugs
P.O. Box 64410, Minneapolis MN 55164

ADVERSE BENEFIT DETERMINATION                                      Date: 02/20/2026
Member: ELEANOR P NAKASHIMA-FROST    Member ID: NCH-55109871-01    DOB: 09/04/1969
Requesting provider: Chinedu Oduya, MD, Mercy Ridge Pulmonary
Reference number: DN-26-33018        Case ID: 884120
Service requested: Glassia (alpha-1 proteinase inhibitor, human), J0257, 60 mg/kg IV weekly, 12 months

DECISION: DENIED

Reason: Your plan's medical policy MP-RX-117 (Alpha-1 Proteinase Inhibitor Therapy) lists Prolastin-C
(J0256) as the preferred product. Non-preferred products (Aralast NP, Glassia, Zemaira) are covered only when
the member has a documented contraindication, intolerance or inadequate response to Prolastin-C. The records
sent do not show a trial of Prolastin-C.

Policy criteria reviewed (quoted):
  1. Age 18 years or older;
  2. Pi*ZZ, Pi*Z(null), Pi*(null)(null) or other deficient phenotype with serum AAT < 11 umol/L
     (80 mg/dL by radial immunodiffusion or 57 mg/dL by nephelometry);
  3. Emphysema confirmed by CT or pulmonary function testing; FEV1 25% to 80% predicted;
  4. Non-smoker for at least 6 months;
  5. Preferred product trial as above.

This letter is not an authorization. The reference number above identifies this decision and may not be
used to bill services. You may request a peer-to-peer discussion within 14 days (1-800-555-0163) or file an
appeal within 180 days. An approval, if granted on appeal, will be issued with its own authorization number.

Medical Director: H. Stavros, MD
"""

D4 = """MERCY RIDGE MEDICAL GROUP - CHARGE REVIEW / CLAIM PREVIEW           Work queue: INFUSION-COMM
Encounter: 03/12/2026   FIN 4400917252   Patient: NAKASHIMA-FROST, ELEANOR P
Payer: Northland Choice Health Plan (commercial)      Auth on file: (none)
Dx: E88.01, J43.1

Line  CPT/HCPCS  Mod  Units  Description                                          Source
1     J0256           348    Alpha 1-proteinase inhibitor (human) NOS, 10 mg      MAR dose 3,480 mg / 10
2     96365           1      IV infusion, initial, up to 1 hr                     Infusion 11:05-11:34
Waste 520 mg not billed (plan does not pay JW).
Edit messages: [W] Authorization number blank for drug requiring PA.   [I] NDC 0944-2884-02 on line 1.
Coder: J. Whitfield 03/13/2026 09:12   Status: HOLD - pending appeal
"""

CHART = {
    "chart_id": "b17-009",
    "date_of_service": "2026-03-12",
    "payer": {"profile": "commercial", "name": "Northland Choice Health Plan"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 348, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-03-12", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-26", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-02-20", "text": D3},
        {"id": "d4", "type": "other", "date": "2026-03-13", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b17-009",
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
        "code_selection": "conflict",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.31, "unit": "g/L"},
        {"kind": "weight", "value": 58.0, "unit": "kg", "value_kg": 58.0},
        {"kind": "weight", "value": 58.4, "unit": "kg", "value_kg": 58.4},
        {"kind": "dose", "value": 3480},
        {"kind": "wastage", "value": 520},
        {"kind": "lot_number", "value": "LGB2504-118"},
        {"kind": "expiration_date", "value": "2026-07-31"},
        {"kind": "infusion_start", "value": "11:05"},
        {"kind": "infusion_end", "value": "11:34"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 48},
        {"kind": "fev1", "value": 51},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "Gaps: prior_authorization missing (no chart PA; PowerForms 'Prior Authorization #: Not documented'; the denial "
        "letter's Reference number DN-26-33018, Case ID 884120 and Referral # RF-0092281 are not authorizations); "
        "code_selection conflict (Glassia documented, J0256 billed; should be J0257). units_match_dose is met for the "
        "J0256 line as billed (348 = ceil(3,480/10)). Commercial wastage: 520 mg documented, no JW and no JZ -> met. "
        "Traps: quoted policy thresholds and 'Prolastin-C (J0256) preferred'; hypothetical switch to Prolastin-C (not "
        "a product finding); arrival 10:20, IV 10:52, discharge 12:00; weight 58.4 kg on 02/26 vs 58.0 kg on DOS."
    ),
}

ARITH = {
    "dos": "2026-03-12",
    "product": "Glassia",
    "weight_kg": 58.0,
    "weight_source": "PowerForm measured weight 03/12/2026",
    "dose_mg": 3480,
    "target_mg": 3480.0,
    "pct_from_target": 0.0,
    "code": "J0256",
    "correct_code": "J0257",
    "billing_unit_mg": 10,
    "admin_units_expected": 348,
    "admin_units_billed": 348,
    "waste_mg": 520,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifier_expectation": "commercial: wastage not reimbursed; no JW; JZ would be wrong with 520 mg waste",
    "lots": [{"lot": "LGB2504-118", "exp": "2026-07-31"}],
    "infusion": ["11:05", "11:34"],
    "serum_method_rid": False,
}
