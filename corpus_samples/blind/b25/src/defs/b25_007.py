"""b25-007: medicaid, complete. Styles (5) Q/A home-infusion nursing checklist and pharmacy
call-center script + (3) physician attestation with tables. Zemaira 4 g kit (3,912 mg) + 2 x 1 g
(1,002 mg) = 5,916 mg, 5,540 mg given, 376 mg wasted; J0256 554 + JW 37, S9346."""

CHART_ID = "b25-007"
DOS = "2026-01-29"
PAYER = {"profile": "medicaid", "name": "Sunshine Health (Florida Medicaid)"}
PRIOR_AUTH = "SH26-0773419"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 554, "modifiers": []},
    {"hcpcs": "J0256", "units": 37, "modifiers": ["JW"]},
    {"hcpcs": "S9346", "units": 1, "modifiers": []},
    {"hcpcs": "99601", "units": 1, "modifiers": []},
]

D1 = """
COASTAL SPECIALTY INFUSION PHARMACY - HOME NURSING VISIT RECORD
Therapy: Alpha-1 proteinase inhibitor (A1PI)            Visit type: weekly infusion, SN
Patient: TEODORO, LUCAS A     DOB 04/02/1986     Pt ID CSI-220917     Visit date 01/29/2026
Address on file (Tampa, FL)   Payer: Sunshine Health Medicaid   Auth #: SH26-0773419
Nurse: Beatriz Colon, RN      Prescriber: Nnamdi Eze, MD (pulmonology)

Q: Time nurse arrived at home?
A: 14:05
Q: Patient identity verified (2 identifiers)?
A: Yes
Q: Weight this visit?
A: 92.3 kg on agency scale.
Q: Temp / BP / HR / RR / SpO2 before infusion?
A: 36.7 / 128/82 / 86 / 18 / 95% RA at 14:12
Q: Any infection symptoms, antibiotics or steroids since last visit?
A: No
Q: Product and strength delivered?
A: Zemaira 4 g kit (labeled 3,912 mg) x1, lot P100631107, exp 12/31/2027;
   Zemaira 1 g vial (labeled 1,002 mg) x2, lot P100627452, exp 09/30/2027.
Q: Ordered dose?
A: 60 mg/kg IV weekly, using the weight obtained at the visit, rounded to 10 mg.
Q: Cold chain / storage OK?
A: Yes - stored at room temp per label, cartons intact.
Q: IV access?
A: 24g PIV L forearm, placed 14:20, one attempt.
Q: Infusion start time?
A: 14:32
Q: Infusion end time?
A: 14:56
Q: Was the full dose administered?
A: Yes - 5,540 mg via 5 micron filter on CADD pump.
Q: Amount wasted and why?
A: 376 mg (about 7.4 mL) left after drawing the dose from the pooled single-use vials;
   discarded per agency waste policy, witnessed by patient's wife (video).
Q: Reaction during infusion?
A: None. Post VS 15:05: 126/80, HR 84, SpO2 96%.
Q: Education / teach-back?
A: Reviewed delayed-reaction symptoms and after-hours number; teach-back correct.
Q: Time nurse left?
A: 15:22
Q: Next visit?
A: 02/05/2026, 14:00
Nurse signature: Beatriz Colon, RN   01/29/2026 16:40   (documented in CareTrack Home Health)
"""

D2 = """
COASTAL SPECIALTY INFUSION PHARMACY - PATIENT CARE CENTER
REFILL / CLINICAL ASSESSMENT CALL SCRIPT v5.2          Call date: 01/26/2026 10:18 ET
Patient: TEODORO, LUCAS A   DOB 04/02/1986   Rx: Zemaira 60 mg/kg IV weekly   Rx# 4471093
Call taken by: Owen Marsh, CPhT    Clinical review: Hana Iqbal, PharmD

Q: Spoke with patient or caregiver?
A: Patient.
Q: Current weight?
A: 204 lb on home scale this morning.
Q: Missed doses since last delivery?
A: No.
Q: ED visits or hospital stays since last call?
A: No.
Q: New medications or allergies?
A: No changes. Still on Trelegy daily and albuterol prn.
Q: Tobacco or vaping?
A: No - quit cigarettes 2022, no vaping.
Q: Side effects after infusions?
A: Mild headache the evening of infusion day, gone with acetaminophen.
Q: How does the patient feel the therapy is working?
A: "Breathing better than last winter, no flare since summer."
Q: Delivery date / address confirmed?
A: 01/28/2026, home address on file.
Q: Dispense plan (pharmacist)?
A: Estimated 60 mg/kg x 92.5 kg = 5,550 mg -> Zemaira 4 g kit x1 + 1 g vial x2 with
   ancillary kit; final dose per nurse-measured weight. (H. Iqbal, PharmD)
Q: Copay?
A: $0 (Medicaid).
Call ended 10:31.
"""

D3 = """
GULF COAST PULMONARY ASSOCIATES
4100 W. Kennedy Blvd, Tampa FL 33609     Phone 813-555-0172     Fax 813-555-0177

PHYSICIAN ATTESTATION OF MEDICAL NECESSITY - CONTINUATION OF A1PI THERAPY
To: Sunshine Health, Pharmacy Prior Authorization Unit           Date: 12/10/2025
Member: Lucas A. Teodoro   DOB 04/02/1986   Medicaid ID 9904418827
Requested: Zemaira (alpha1-proteinase inhibitor, human) 60 mg/kg IV weekly, home infusion,
  52 doses, 01/01/2026 - 12/31/2026.  Current authorization expires 12/31/2025.

I attest to the following for this member:
Diagnosis: alpha-1 antitrypsin deficiency (E88.01) with emphysema (J43.9).

Table A - Diagnostic results
  Date        Test                               Result           Reference
  08/14/2017  AAT, serum (nephelometry)          4.1 umol/L       20 - 48 umol/L
  08/14/2017  AAT phenotype (IEF)                ZZ               MM
  09/05/2017  SERPINA1 genotype                  PI*ZZ            --
  08/14/2017  CT chest                           panlobular emphysema, lower lobes

Table B - Post-bronchodilator spirometry
  Date        FEV1 (L)   FEV1 %pred   FEV1/FVC
  08/2017     2.18       51           0.46
  11/2019     2.10       49           0.45
  11/2021     2.05       48           0.44
  11/2023     2.02       47           0.44
  12/2025     1.98       46           0.43

Table C - Exacerbations / hospital days
  Year   Exacerbations   Hospital days   On augmentation
  2016   4               9               no
  2017   3               5               no (started 10/2017)
  2019   1               0               yes
  2021   1               0               yes
  2023   0               0               yes
  2025   1               0               yes

Other: former smoker, quit 2022 (12 pack-years); urine cotinine negative 11/2025. No IgA
deficiency. Weight 93.1 kg on 12/09/2025. Member has shown a positive clinical response.

Signature: Nnamdi Eze, MD   NPI 1720XXXXXX   12/10/2025
"""

D4 = """
GULF COAST PULMONARY ASSOCIATES - FOLLOW-UP NOTE
Date: 12/09/2025   Provider: Nnamdi Eze, MD   Patient: Teodoro, Lucas A (DOB 04/02/1986)

S: 39M with AATD PI*ZZ and emphysema on home Zemaira since 10/2017. One exacerbation in
   07/2025 treated as outpatient. Works as a dispatcher; climbs two flights without stopping.
   Quit smoking 2022. Father died of "COPD" at 61; brother PI*MZ.
O: Wt 93.1 kg, BP 124/80, SpO2 95% RA. Few expiratory wheezes.
   Spirometry post-BD: FEV1 1.98 L (46% predicted).
A/P: Alpha-1 antitrypsin deficiency with emphysema - clinically stable on augmentation with
   a slow FEV1 decline (about 25 mL/yr over 8 years) and fewer exacerbations than before
   therapy. Continue Zemaira 60 mg/kg weekly at home; PA continuation to Sunshine Health.
   Continue Trelegy Ellipta. Annual LFTs ordered. Return 6 months.
e-signed N. Eze, MD 12/09/2025 17:35
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-29", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-01-26", "text": D2},
    {"id": "d3", "type": "other", "date": "2025-12-10", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2025-12-09", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "SERPINA1 genotype                  PI*ZZ"},
    {"kind": "serum_aat", "value": 4.1, "unit": "uM", "_doc": "d3", "_ev": "AAT, serum (nephelometry)          4.1 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "with emphysema (J43.9)"},
    {"kind": "weight", "value": 92.3, "unit": "kg", "value_kg": 92.3, "_date": "2026-01-29", "_doc": "d1", "_ev": "92.3 kg on agency scale"},
    {"kind": "weight", "value": 204, "unit": "lb", "value_kg": 92.5, "_date": "2026-01-26", "_doc": "d2", "_ev": "204 lb on home scale"},
    {"kind": "weight", "value": 93.1, "unit": "kg", "value_kg": 93.1, "_date": "2025-12-09", "_doc": "d4", "_ev": "Wt 93.1 kg"},
    {"kind": "dose", "value": 5540, "_doc": "d1", "_ev": "A: Yes - 5,540 mg via 5 micron filter"},
    {"kind": "wastage", "value": 376, "_doc": "d1", "_ev": "376 mg (about 7.4 mL) left after drawing the dose"},
    {"kind": "lot_number", "value": "P100631107", "_doc": "d1", "_ev": "lot P100631107"},
    {"kind": "lot_number", "value": "P100627452", "_doc": "d1", "_ev": "lot P100627452"},
    {"kind": "expiration_date", "value": "2027-12-31", "_doc": "d1", "_ev": "lot P100631107, exp 12/31/2027"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d1", "_ev": "lot P100627452, exp 09/30/2027"},
    {"kind": "infusion_start", "value": "14:32", "_doc": "d1", "_ev": "Q: Infusion start time?\nA: 14:32"},
    {"kind": "infusion_end", "value": "14:56", "_doc": "d1", "_ev": "Q: Infusion end time?\nA: 14:56"},
    {"kind": "fev1", "value": 51, "_hdr": "FEV1 %pred", "_doc": "d3", "_ev": "08/2017     2.18       51"},
    {"kind": "fev1", "value": 49, "_hdr": "FEV1 %pred", "_doc": "d3", "_ev": "11/2019     2.10       49"},
    {"kind": "fev1", "value": 48, "_hdr": "FEV1 %pred", "_doc": "d3", "_ev": "11/2021     2.05       48"},
    {"kind": "fev1", "value": 47, "_hdr": "FEV1 %pred", "_doc": "d3", "_ev": "11/2023     2.02       47"},
    {"kind": "fev1", "value": 46, "_doc": "d4", "_ev": "FEV1 1.98 L (46% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "clinically stable on augmentation with\n   a slow FEV1 decline (about 25 mL/yr over 8 years) and fewer exacerbations than before\n   therapy"},
    {"kind": "prior_authorization", "value": "SH26-0773419", "_doc": "d1", "_ev": "Auth #: SH26-0773419"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "former smoker, quit 2022"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "Zemaira 4 g kit (labeled 3,912 mg) x1"},
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-01-29",
    "weight": {"value": 92.3, "unit": "kg", "kg": 92.3, "date": "2026-01-29"},
    "dose_mg": 5540,
    "target_mg": 5538.0,
    "tolerance_mg": 553.8,
    "deviation_pct": 0.04,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 554,
    "units_billed": 554,
    "waste_mg": 376,
    "jw_units_expected": 37,
    "jw_units_billed": 37,
    "modifiers": [],
    "expirations": ["2027-12-31", "2027-09-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. Home infusion documented as a Q/A nursing checklist; a Q/A pharmacy call script; a
physician attestation with three tables; a short progress note. 3,912 + 2 x 1,002 = 5,916 mg
dispensed, 5,540 mg given, 376 mg wasted -> 554 units + JW floor(37.6) = 37. Traps: nurse arrival
14:05, VS 14:12/15:05, PIV 14:20, departure 15:22, signature 16:40, next visit 02/05 14:00, call
times 10:18/10:31; pharmacist estimate 5,550 mg at 92.5 kg; per-vial labeled mg; S9346/99601
per-diem and nursing lines; "current authorization expires 12/31/2025" (no number); reference
20-48 umol/L and MM; father's "COPD", brother PI*MZ; acetaminophen; $0 copay. The call-center
answer "Breathing better than last winter" is a response statement typed other; the requirement
is met by the progress note. 204 lb (home scale, 01/26) is listed (92.5 kg); the DOS agency-scale
92.3 kg governs.
"""
