CHART = {
    "chart_id": "b6-005",
    "date_of_service": "2026-12-01",
    "payer": {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 480, "modifiers": []}
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-12-01", "text": """
RIVERBEND INFUSION PHARMACY - DISPENSING / COMPOUNDING RECORD
4410 Harbor Blvd, Suite 120, Costa Mesa CA    NABP 0587731

Rx #: 6612045-03          Fill date: 12/01/26 09:12     Refill 3 of 12
Patient: HOLLOWAY, GRANT T        DOB 03/22/1977     Allergies: NKDA
Prescriber: Amara Nwosu, MD (Pulmonology)
Drug: ARALAST NP (alpha1-proteinase inhibitor, human) 1000 mg vial
      with 50 mL Sterile Water for Injection
NDC: 0944-2815-02
Sig: Infuse 60 mg/kg IV once weekly. Wt on Rx 176 lb (11/24/26).
     Calc: 79.8 kg x 60 mg/kg = 4,788 mg -> round to 4,800 mg
Dispense: 5 x 1 g vials (5,000 mg)     Days supply: 7
Payer: UHC Choice Plus - PA on file (see clinic)     Copay: $0

COMPOUNDING LOG (USP <797>, Category 1 CSP)
  1. Reconstitute each 1 g vial with 50 mL SWFI (transfer device) -> 20 mg/mL
  2. Withdraw 240 mL (4,800 mg) into empty 250 mL EVA bag
  3. Residual 10 mL (200 mg) in vial #5 - discard, single-dose vial
  Prepared: L. Garza, CPhT   12/01/26 10:48
  Verified: R. Stein, RPh    12/01/26 10:55

LABEL (as printed)
 +---------------------------------------------------------------+
 | Rx# 6612045-03               Riverbend Infusion Pharmacy       |
 | HOLLOWAY, GRANT T                              12/01/26        |
 | ARALAST NP 4,800 mg in 240 mL (20 mg/mL)                       |
 | Infuse IV over 45-60 min via 0.2 micron filter;               |
 | max 0.08 mL/kg/min                                             |
 | NDC 0944-2815-02     Lot: LE2615A     Exp: 10/2026             |
 | Diluent SWFI Lot: SW4471   Exp: 03/2028                        |
 | BUD: 12/01/26 1348 (3 h from reconstitution)                   |
 | Store at room temp. Do not refrigerate. Do not shake.          |
 +---------------------------------------------------------------+

Also dispensed: 0.9% NaCl 10 mL flush x 4; 0.2 micron filter set x 1;
diphenhydramine 50 mg/mL 1 mL vial (anaphylaxis kit), epinephrine 1 mg/mL
(anaphylaxis kit) - return unused.
Delivered to clinic infusion suite 11:20 by courier (temp log OK).
"""},
        {"id": "d2", "type": "infusion_record", "date": "2026-12-01", "text": """
ADMINISTRATION RECORD - COASTAL PULMONARY ASSOCIATES INFUSION SUITE
DOS: 12/01/2026      Patient: Grant T. Holloway      DOB: 03/22/1977
Ordering: Amara Nwosu, MD      RN: Teresa Lindqvist, RN

Arrival: 11:40     Weight: 176 lb (clinic scale)     Ht: 5'11"
Pre-assessment: afebrile 98.2 F, BP 118/74, HR 68, RR 14, SpO2 96% RA.
Lungs: diminished bases, no wheeze. No new meds. No reaction hx.
IV access: 24 g R hand PIV, placed 11:52, + blood return.

Medication              Dose / Volume       Route   Time           Init
Aralast NP (A1PI)       4,800 mg / 240 mL   IV      start 12:05    TL
                                                    stop  12:52    TL
  NDC 0944-2815-02   Lot: LE2615A   Exp: OCT 2026 (from Rx label)
  Rate: 300 mL/hr via pump, 0.2 micron filter
  Waste: 200 mg (10 mL) residual vial #5, discarded by pharmacy per
         compounding record
NS 0.9% flush           10 mL               IV      11:52, 12:55   TL

Monitoring: 12:20 BP 120/76 HR 70 SpO2 96%; 12:50 BP 116/72 HR 66 SpO2 97%.
Tolerated well, no infusion reaction.
PIV removed 13:00, intact. Discharged 13:10 ambulatory.
Next infusion 12/08/2026 11:30.

Teresa Lindqvist, RN   12/01/2026 13:16
"""},
        {"id": "d3", "type": "progress_note", "date": "2026-11-24", "text": """
Coastal Pulmonary Associates
PROGRESS NOTE - Amara Nwosu, MD                       Date: 11/24/2026
Patient: Grant T. Holloway   49 y.o. male   DOB 03/22/1977

Chief Complaint: AATD follow-up (quarterly)

History of Present Illness:
49 y.o. male with alpha-1 antitrypsin deficiency (PI*ZZ) and emphysema,
on Aralast NP weekly augmentation since 04/2023. Doing well. No
exacerbations in 2026; last prednisone course 11/2025. Exercise tolerance
unchanged - cycles 20 min 3x/week. Tolerating infusions well; no
headaches or rashes. Works as an electrician.

Vital Signs: Ht 71 in, Wt 176 lbs, BMI 24.5, BP 122/78, HR 72, RR 14,
Temp 97.9, SpO2 96% RA

Social History: Never smoker. No vaping or marijuana. Exposure to dust at
work - uses N95.
Family History: Mother PI*MZ; maternal uncle emphysema in his 40s.

Medications: Breo Ellipta 100/25 1 inh daily; albuterol HFA PRN;
Aralast NP 4,800 mg IV weekly (infusion suite); vitamin D3 2000 IU daily.

Pulmonary function (10/30/2026, post-bronchodilator):
  FEV1 2.11 L = 52% predicted, FVC 4.60 L (86%), FEV1/FVC 0.46,
  DLCO 61% predicted. Interpretation: moderate obstructive defect.
  Prior FEV1 10/2025: 2.14 L (52% predicted).
CT chest 10/2025: panlobular emphysema, basilar predominance, stable
  lung density vs 2023.

Assessment:
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), with panlobular
   emphysema (J43.1). Response to augmentation: stable - FEV1 unchanged
   over 12 months, no exacerbations this year, CT density stable.
2. Occupational dust exposure - counseled on respirator use.

Plan:
- Continue Aralast NP 60 mg/kg IV weekly (Rx weight 176 lb).
- UHC prior authorization # A041977215 approved 03/15/26 - 03/14/27.
- Labs: CMP, AAT trough with next PFT in 10/2027.
- Return 3 months.

Electronically signed: Amara Nwosu, MD  11/24/2026 16:02
"""},
        {"id": "d4", "type": "lab_report", "date": "2023-02-10", "text": """
LAB_RESULTS_EXPORT v2   source=Coastal LIS   exported=2026-11-24T15:40
patient_name = HOLLOWAY, GRANT T
patient_dob = 1977-03-22
order_provider = NWOSU, AMARA
collected = 2023-02-07T08:15
reported = 2023-02-10T11:02
---
test = ALPHA-1-ANTITRYPSIN, SERUM
result = 38
units = mg/dL
ref_range = 90-200
flag = L
method = immunoturbidimetry
---
test = ALPHA-1-ANTITRYPSIN GENOTYPE (S/Z)
result = PI*ZZ
comment = Z allele (c.1096G>A) detected, 2 copies; S allele (c.863A>T) not detected
---
test = C-REACTIVE PROTEIN
result = 1.8
units = mg/L
ref_range = 0.0-8.0
flag =
---
test = IGA, SERUM
result = 245
units = mg/dL
ref_range = 70-400
flag =
"""},
    ],
}

GOLD = {
    "chart_id": "b6-005",
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
        "expiration_date": "conflict",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 38, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 52},
        {"kind": "weight", "value": 176, "unit": "lb", "value_kg": 79.8},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Aralast NP"},
        {"kind": "dose", "value": 4800},
        {"kind": "wastage", "value": 200},
        {"kind": "lot_number", "value": "LE2615A"},
        {"kind": "expiration_date", "value": "2026-10"},
        {"kind": "infusion_start", "value": "12:05"},
        {"kind": "infusion_end", "value": "12:52"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "A041977215"},
    ],
    "notes": (
        "Pharmacy dispensing/compounding record with printed label + clinic administration record + office note + "
        "key = value LIS export. Gap: product lot LE2615A expires 10/2026 (-> 2026-10-31) before DOS 2026-12-01 -> "
        "expiration_date conflict. Weight written only in lb: 176 lb x 0.45359237 = 79.83 -> 79.8 kg; 60 x 79.8 = 4788; "
        "dose 4800 -> 0.25% -> met. J0256 ceil(4800/10)=480 = billed 480. Commercial: no JW line, waste 200 mg documented, "
        "no JZ -> wastage met (waste not billed). Traps: diluent SWFI lot SW4471 exp 03/2028 (not the product), BUD 12/01/26 "
        "1348 (beyond-use date, not expiration), 'Dispense: 5 x 1 g vials (5,000 mg)', calc 4,788 mg, 20 mg/mL, "
        "diphenhydramine 50 mg/mL / epinephrine kit, reconstitution 10:48, verification 10:55, courier 11:20, arrival 11:40, "
        "PIV 11:52, flush 12:55, PIV removed 13:00, discharge 13:10, next infusion 12/08 11:30. Mother PI*MZ is family. "
        "FEV1 52% (both years) in 25-80. [calc] dos_weight_kg=79.8"
    ),
}
