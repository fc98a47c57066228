# b12-013  medicare  gaps: genotype conflict (PI*MZ only); serum_aat_level conflict (88 mg/dL)
# Style: Cerner iView results print (section/result/status layout) + Medication Administration
# Wizard block + UB-04 claim summary + outside pulmonology note.  Prolastin-C Liquid 5,500 mg,
# J2252 x5500 JZ (matches the UB-04).

_iview = """*** INTERACTIVE VIEW RESULTS - PRINT ***                   GREAT LAKES HEALTH - WEST CAMPUS
Name: KAMINSKI, WALTER F      MRN: 01-559-2870     FIN: 34017725561     DOB: 10/03/1953 (72 Y)
Unit: WC AMB INFUSION  Bed: 07   Admit type: Outpatient in a bed    Attending: Reyes-Ortega, Luis MD
Weight (dosing): 90.7 kg (200 lb)  11/04/2025 08:21     Allergies: No Known Allergies

SECTION: Infusions                                                               Status
 11/04/2025 08:47 CST  Alpha-1 PI (Prolastin-C Liquid)  Begin Bag
                       Volume: 110 mL   Rate: 435 mL/hr   Site: Hand, Left       Auth (Verified)
 11/04/2025 08:52 CST  Alpha-1 PI (Prolastin-C Liquid)  Site Change: No
                       Site assessment: no infiltration                         Auth (Verified)
 11/04/2025 09:05 CST  Alpha-1 PI (Prolastin-C Liquid)  Infuse
                       Volume: 110 mL   Rate: 0 mL/hr (bag complete)            Auth (Verified)
 11/04/2025 09:06 CST  Sodium Chloride 0.9%  Infuse  Volume: 20 mL  (flush)    Auth (Verified)
 11/04/2025 08:40 CST  Sodium Chloride 0.9%  Infuse  Volume: 10 mL  (flush)    Auth (Verified)

SECTION: Vital Signs
 11/04/2025 08:21 CST  T 36.5 DegC  HR 68  RR 16  BP 144/86  SpO2 94% RA       Auth (Verified)
 11/04/2025 08:47 CST  HR 70  BP 140/84  SpO2 94%                              Auth (Verified)
 11/04/2025 09:02 CST  HR 72  BP 138/82  SpO2 95%                              Auth (Verified)
 11/04/2025 09:20 CST  HR 70  BP 136/80  SpO2 95%                              Auth (Verified)
 11/04/2025 08:58 CST  HR 71  BP 138/84  SpO2 95%  [Modified 09:14 - wrong    Auth (Modified)
                       time, originally charted 09:58]

SECTION: Peripheral IV
 11/04/2025 08:35 CST  Insertion  20 g  Hand, Left  Attempts 1  Blood return Y Auth (Verified)
 11/04/2025 09:31 CST  Removal    catheter intact                              Auth (Verified)

SECTION: Infusion Start/Stop (billing)
 11/04/2025 09:05 CST  Start 11/04/2025 08:47   Stop 11/04/2025 09:05           Auth (Verified)
                       Medication: alpha-1 proteinase inhibitor   Hydration: none

SECTION: Medication Administration Wizard (MAW) record
 11/04/2025 08:47 CST  alpha-1 proteinase inhibitor (Prolastin-C Liquid) 50 mg/mL
      Dose: 5,500 mg   Volume: 110 mL   Route: IV   Rate 435 mL/hr (0.08 mL/kg/min)
      Ordered dose: 60 mg/kg (90.7 kg) = 5,442 mg; rounded to vial combination 5,500 mg
      Vials: 80 mL (4,000 mg) Lot 24L0318B Exp 10/31/2027
             20 mL (1,000 mg) Lot 24J2291C Exp 08/31/2027
             10 mL (500 mg)   Lot 24K1107D Exp 09/30/2027
      Waste: none - all three vials administered in full (0 mg)
      Witness/verify: Ostrowski, Kara PharmD 08:39
      Performed by: Dunleavy, Sean RN

SECTION: Education / Discharge
 11/04/2025 09:31 CST  Discharged to home, ambulatory, with spouse. Stable. Auth (Verified)

Print requested by: SDUNLEAVY  11/04/2025 10:02 CST   Page 1/1
"""

_ub = """UB-04 SUMMARY (chart copy)                GREAT LAKES HEALTH - WEST CAMPUS    PCN 3401772556101
TOB 0131     Statement 11/04/25 - 11/04/25     Pt: KAMINSKI, WALTER F    DOB 10/03/1953
Payer: MEDICARE PART B (WPS J8)      MBI 2HW9-QK7-RT44      Release info Y   Assign benefits Y

REV  DESCRIPTION                              HCPCS/RATE    MOD   SERV DATE  UNITS   TOTAL CHG
0260 IV THERAPY - INITIAL HOUR                96365               110425     1        512.00
0636 DRUG DETAIL CODE - ALPHA1 PI 1MG         J2252         JZ    110425     5500  11,275.00
0258 IV SOLUTIONS - NS FLUSH                                      110425     2         12.00
0001 TOTAL CHARGES                                                                 11,799.00

DX: PRIN E88.01   OTHER J43.9  J44.9  Z87.891  I10
NDC (FL43): N413533070580 UN1; N413533070520 UN1; N413533070510 UN1
Attending: REYES-ORTEGA, LUIS  NPI 1942213807
Remarks: Units per CDM J2252 (1 mg). JZ - no discard.
"""

_note = """NORTHSHORE LUNG ASSOCIATES - PULMONARY CONSULT / FOLLOW-UP (outside records, received 10/2025)
Date: 09/30/2025       Physician: Luis Reyes-Ortega, MD
Patient: Walter F. Kaminski, 72 M

REASON: Emphysema with alpha-1 antitrypsin deficiency, MZ; augmentation follow-up.

HISTORY
Retired tool-and-die maker, 45 pack-years, quit 2012. Emphysema diagnosed 2013 (CT: upper-
lobe centrilobular and paraseptal emphysema). Alpha-1 testing in 2024 after his sister's
death from cirrhosis (she was PiZZ): AAT 88 mg/dL (nephelometry, ref 100-190), phenotype
PiMZ; genotyping PI*MZ (Z detected heterozygous, S not detected). I diagnosed alpha-1
antitrypsin deficiency, heterozygous MZ (E88.01), and after discussion of the limited
evidence for augmentation in MZ individuals, started Prolastin-C Liquid 60 mg/kg weekly in
06/2025 at his request; Medicare has paid the claims so far.

Since starting: no exacerbations (two in the 12 months before), he reports walking farther
with his grandson, and he tolerates the infusions without reactions. Too early for a
lung-function trend.

MEDICATIONS: Trelegy Ellipta 1 inhalation daily; albuterol PRN; lisinopril 20 mg;
metformin 500 mg BID; Prolastin-C Liquid weekly at Great Lakes West infusion.

EXAM: weight 199 lb; BP 140/84; HR 72; SpO2 94% RA. Hyperresonant, distant breath sounds.

DATA
- Spirometry 08/2025: FEV1 1.62 L (52% predicted) post-BD; FEV1/FVC 0.48; DLCO 49%.
- AAT 88 mg/dL (04/2024) - pre-treatment. (A repeat is not informative on therapy.)
- Phenotype PiMZ; genotype PI*MZ.

ASSESSMENT
1. Emphysema / COPD GOLD 2 (J43.9, J44.9), former smoker.
2. Alpha-1 antitrypsin deficiency, heterozygous MZ, on augmentation with good early response.
3. Hypertension; type 2 diabetes.

PLAN
Continue Prolastin-C Liquid weekly; PFTs 03/2026; reassess the benefit at 12 months.
If his level had been in the severe range we would also screen his children; they have
been offered testing anyway.

Luis Reyes-Ortega, MD
"""

CHART = {
    "chart_id": "b12-013",
    "date_of_service": "2025-11-04",
    "payer": {"profile": "medicare", "name": "Medicare Part B (WPS J8)"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J2252", "units": 5500, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-11-04", "text": _iview},
        {"id": "d2", "type": "other", "date": "2025-11-04", "text": _ub},
        {"id": "d3", "type": "progress_note", "date": "2025-09-30", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-013",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "conflict",
        "serum_aat_level": "conflict",
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
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["M", "Z"]},
        {"kind": "serum_aat", "value": 88, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 52},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 90.7, "unit": "kg", "value_kg": 90.7},
        {"kind": "weight", "value": 199, "unit": "lb", "value_kg": 90.3},
        {"kind": "dose", "value": 5500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "24L0318B"},
        {"kind": "lot_number", "value": "24J2291C"},
        {"kind": "lot_number", "value": "24K1107D"},
        {"kind": "expiration_date", "value": "2027-10-31"},
        {"kind": "expiration_date", "value": "2027-08-31"},
        {"kind": "expiration_date", "value": "2027-09-30"},
        {"kind": "infusion_start", "value": "08:47"},
        {"kind": "infusion_end", "value": "09:05"},
        {"kind": "response_to_therapy"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Gaps: heterozygous PI*MZ only (genotype conflict) and AAT 88 mg/dL (serum conflict). The "
        "physician affirms 'alpha-1 antitrypsin deficiency, heterozygous MZ (E88.01)', so aatd_diagnosis "
        "is met as documented. Sister PiZZ is family; 'if his level had been in the severe range' is "
        "hypothetical. Billing side is clean under the guide: J2252 x5500 = 5,500 mg at 1 mg/unit, JZ "
        "with 0 mg waste; UB-04 copy matches the structured lines. '90.7 kg (200 lb)' on DOS is one "
        "weight (value 90.7 kg); the 09/30 note's '199 lb' is a historical weight (90.3 kg). "
        "Ordered 5,442 mg is a calculation. Times: Begin Bag 08:47, Infuse/complete 09:05 and the billing "
        "Start/Stop row; the vital sign charted 09:58 and modified to 08:58 is a vitals correction, not "
        "an infusion time; PIV 08:35, pharmacist verify 08:39, removal/discharge 09:31."
    ),
}

ARITH = {
    "dos": "2025-11-04",
    "profile": "medicare",
    "product": "Prolastin-C Liquid",
    "code": "J2252",
    "weight": {"value": 90.7, "unit": "kg", "kg": 90.7},
    "dose_mg": 5500,
    "target_mg": 5442.0,
    "deviation_pct": 1.07,
    "vials": [
        {"nominal_mg": 4000, "labeled_mg": 4000, "lot": "24L0318B"},
        {"nominal_mg": 1000, "labeled_mg": 1000, "lot": "24J2291C"},
        {"nominal_mg": 500, "labeled_mg": 500, "lot": "24K1107D"},
    ],
    "waste_mg": 0,
    "admin_units_expected": 5500,
    "billed_admin_units": 5500,
    "jw_units_expected": None,
    "modifier_expectation": "JZ (no waste); J2252 at 1 mg per unit per the guide",
    "lots": [
        {"lot": "24L0318B", "exp": "2027-10-31", "expired": False},
        {"lot": "24J2291C", "exp": "2027-08-31", "expired": False},
        {"lot": "24K1107D", "exp": "2027-09-30", "expired": False},
    ],
}
