# b17-006: medicaid, complete. athenaOne infusion flowsheet (three weekly columns, other drugs), athenaOne
# encounter note, Medicaid MCO prior-authorization approval letter, CMS-1500 claim print with 10-mg units and JW.

D1 = """athenaOne  |  Crestview Pulmonary & Sleep, PLLC  |  Clinical Flowsheet Print
FLOWSHEET: INFUSION - ALPHA-1 ANTITRYPSIN AUGMENTATION
Patient: BRISBANE-KUHN, LATOYA D  (F)   DOB: 06/02/1981   Patient ID: E1183604
Printed 02/17/2026 12:55 PM by ADEYEMI, FOLAKE (RN)

                                   | 02/03/2026          | 02/10/2026          | 02/17/2026
-----------------------------------+---------------------+---------------------+---------------------
Arrival                            | 09:41               | 09:50               | 09:38
Weight (kg)                        | 91.9                | 91.6                | 91.2
Weight (lb)                        | 202.6               | 201.9               | 201.1
Temp (F)                           | 98.2                | 98.4                | 98.0
BP pre                             | 118/74              | 122/76              | 116/72
HR pre                             | 84                  | 80                  | 82
SpO2 pre (RA)                      | 96%                 | 95%                 | 96%
IV site / gauge                    | L AC 22g            | R FA 22g            | L FA 22g
IV placed                          | 09:55               | 10:02               | 09:58
Product                            | Prolastin-C Liquid  | Prolastin-C Liquid  | Prolastin-C Liquid
NDC(s)                             | 13533-0705-80,      | 13533-0705-80,      | 13533-0705-80,
                                   | -20, -10            | -20, -10            | -20, -10
Dose given (mg)                    | 5,500               | 5,490               | 5,470
Volume (mL)                        | 110.0               | 109.8               | 109.4
Lot - 4,000 mg vial                | P25K0952            | P25K0952            | P26A0331
  Exp                              | 11/2026             | 11/2026             | 02/2027
Lot - 1,000 mg vial                | P25L1406            | P25L1406            | P26A0187
  Exp                              | 12/2026             | 12/2026             | 01/2027
Lot - 500 mg vial                  | P25J0770            | P25J0770            | P25L1142
  Exp                              | 10/2026             | 10/2026             | 09/2026
Rate (mL/min)                      | 7.3                 | 7.3                 | 7.3
Infusion start                     | 10:09               | 10:16               | 10:14
Infusion stop                      | 10:25               | 10:32               | 10:31
Waste (mg) / reason                | 0 - all vials used  | 10 mg (0.2 mL) -    | 30 mg (0.6 mL) -
                                   | (dose = 5,500 mg)   | 500 mg vial remnant | 500 mg vial remnant,
                                   |                     |                     | single-dose, witnessed
Waste witness                      | --                  | T. Marsh RN         | T. Marsh RN
Reaction                           | None                | None                | None
BP post                            | 120/76              | 118/74              | 118/70
HR post                            | 82                  | 78                  | 80
Discharge                          | 10:58               | 11:04               | 11:02
RN                                 | F. Adeyemi          | T. Marsh            | F. Adeyemi
-----------------------------------+---------------------+---------------------+---------------------
Flowsheet comments:
 02/03: Dose rounded to whole vials (5,500 mg) per Dr. Whitcomb at 91.9 kg; from 02/10 dose drawn to weight.
 02/10: Tdap (Boostrix) 0.5 mL IM R deltoid given 10:40, Lot 9T52K, Exp 2027-03-14 - requested by PCP.
 02/17: Ondansetron 4 mg ODT given 10:05 for mild nausea (pt drove in without breakfast). Tolerated infusion.
"""

D2 = """athenaOne  |  Crestview Pulmonary & Sleep, PLLC
ENCOUNTER SUMMARY - Office Visit                         Date of service: 02/17/2026
Patient: Latoya D Brisbane-Kuhn, 44 yo F    DOB 06/02/1981    ID E1183604
Provider: Graham Whitcomb, MD (Pulmonary)      Insurance: Keystone Medicaid - Meridian Community Plan
Encounter signed 02/17/2026 01:18 PM

HPI
44 yo woman with alpha-1 antitrypsin deficiency, PI*ZZ (Quest 2021), with emphysema and moderate airflow
obstruction, on weekly Prolastin-C Liquid augmentation since 03/2022. Seen today in clinic together with her
weekly infusion. Reports she "feels stronger than last year"; now walking 2 miles on the treadmill at work,
no exacerbation since 06/2025 (one in 2025 vs four in 2021 before augmentation). No infusion reactions other than
brief nausea today from not eating. Working full time as a pharmacy technician. Never smoker; no vaping; no
secondhand exposure at home.

PROBLEMS
  Alpha-1-antitrypsin deficiency - E88.01
  Emphysema, panlobular - J43.1
  Obesity, class I - E66.811
  GERD - K21.9

RESULTS (from chart)
  Alpha-1 antitrypsin, serum (Quest, 09/14/2021):  4.2 umol/L  (ref 20.0-48.0)  LOW
  Alpha-1 antitrypsin genotype (Quest, 09/14/2021): PI*ZZ - Z allele homozygous; S allele not detected
  Spirometry 11/18/2025: FEV1 2.01 L, 63 % predicted, post-BD 65 %; FEV1/FVC 0.58
  Spirometry 11/20/2024: FEV1 2.06 L, 66 % predicted
  Mother tested 2022: PI*MZ, AAT 78 mg/dL (not on therapy)

MEDICATIONS
  Prolastin-C Liquid 60 mg/kg IV weekly (clinic infusion)
  Breztri Aerosphere 160-9-4.8 mcg 2 puffs BID
  albuterol HFA 90 mcg PRN
  omeprazole 20 mg daily
  ondansetron 4 mg ODT PRN nausea (given once today in infusion)

VITALS 02/17/2026 09:38 AM: Wt 201 lb 1.6 oz (91.2 kg), BP 116/72, HR 82, SpO2 96% RA, BMI 31.5

EXAM: Alert, no distress. Lungs with decreased breath sounds at bases, no wheeze. No edema.

ASSESSMENT / PLAN
1. AATD (PI*ZZ) with emphysema - responding well to augmentation: fewer exacerbations, stable FEV1 (63-66 %
   predicted over 12 months), improved exercise tolerance, tolerating infusions. Continue Prolastin-C Liquid
   60 mg/kg weekly; today's weight 91.2 kg -> 5,470 mg, drawn from 4,000 + 1,000 + 500 mg single-dose vials.
   Waste documented on infusion flowsheet. PA 2026PA0093381 valid through 01/14/2027.
2. Weight: down 0.7 kg over 2 weeks; if she loses more than 5 kg we will recalculate the dose.
3. GERD: continue omeprazole.
Return 3 months; weekly infusion continues.
"""

D3 = """MERIDIAN COMMUNITY PLAN - Keystone Medicaid Managed Care
Pharmacy & Medical Benefit Drug Review, 1200 Liberty Ave, Pittsburgh PA 15222

PRIOR AUTHORIZATION APPROVAL NOTICE                                Date: 01/12/2026
Member: LATOYA D BRISBANE-KUHN     Medicaid ID: 7731 0049 82     DOB: 06/02/1981
Provider: Crestview Pulmonary & Sleep, PLLC (Graham Whitcomb, MD)   NPI 1386620915
Case #: MCO-CS-771203

Prior Authorization Number: 2026PA0093381
Status: APPROVED (continuation of therapy)
Drug: Prolastin-C Liquid (alpha-1 proteinase inhibitor, human) - HCPCS J0256, 1 unit = 10 mg
Approved quantity: up to 560 units per date of service, weekly; discarded amount from single-dose vials
  billable on a separate JW line and must be documented in the medical record.
Administration: 96365 x 1 per date of service, physician office
Approval period: 01/15/2026 through 01/14/2027

Criteria reviewed (Keystone Medicaid clinical policy CP.PHAR.0091): age 18 or older; emphysema or COPD due to
severe congenital AAT deficiency; pre-treatment serum AAT < 11 umol/L; high-risk genotype (PI*ZZ, PI*Z(null),
PI*(null)(null) or other deficient variant); non-smoker or former smoker; documented response for continuation.

If you disagree with this decision you may ask for a review. This is not a guarantee of payment; eligibility is
checked on each date of service.
"""

D4 = """HEALTH INSURANCE CLAIM FORM (CMS-1500 02/12) - print image             Claim #: 26-0217-00417
1a. Insured ID: 7731004982      2. Patient: BRISBANE-KUHN, LATOYA D      3. DOB 06 02 1981  F
11. Plan: Meridian Community Plan (Keystone Medicaid)
17. Referring: WHITCOMB GRAHAM MD   17b. NPI 1386620915
21. ICD Ind 0   A. E8801   B. J431
23. Prior authorization number: 2026PA0093381

24. A DOS       B POS  D CPT/HCPCS  MODIFIER   E DX PTR  F CHARGES    G UNITS   J RENDERING NPI
    Shaded (supplemental): N413533070580 UN1 N413533070520 UN1 N413533070510 UN1
1   02 17 26    11     J0256                    AB        22,975.40    547       1386620915
2   02 17 26    11     J0256        JW          AB           126.00      3       1386620915
3   02 17 26    11     96365                    AB           198.00      1       1386620915
4   02 17 26    11     J2405                    A              3.10      1       1386620915

28. Total charge: $ 23,302.50      Billing provider: Crestview Pulmonary & Sleep, PLLC
"""

CHART = {
    "chart_id": "b17-006",
    "date_of_service": "2026-02-17",
    "payer": {"profile": "medicaid", "name": "Keystone Medicaid - Meridian Community Plan"},
    "prior_authorization": "2026PA0093381",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 547, "modifiers": []},
        {"hcpcs": "J0256", "units": 3, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J2405", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-17", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-17", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-01-12", "text": D3},
        {"id": "d4", "type": "other", "date": "2026-02-18", "text": D4},
    ],
}

GOLD = {
    "chart_id": "b17-006",
    "profile": "medicaid",
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
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 4.2, "unit": "uM"},
        {"kind": "weight", "value": 91.2, "unit": "kg", "value_kg": 91.2},
        {"kind": "weight", "value": 91.6, "unit": "kg", "value_kg": 91.6},
        {"kind": "weight", "value": 91.9, "unit": "kg", "value_kg": 91.9},
        {"kind": "dose", "value": 5470},
        {"kind": "wastage", "value": 30},
        {"kind": "lot_number", "value": "P26A0331"},
        {"kind": "lot_number", "value": "P26A0187"},
        {"kind": "lot_number", "value": "P25L1142"},
        {"kind": "expiration_date", "value": "2027-02"},
        {"kind": "expiration_date", "value": "2027-01"},
        {"kind": "expiration_date", "value": "2026-09"},
        {"kind": "infusion_start", "value": "10:14"},
        {"kind": "infusion_end", "value": "10:31"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 63},
        {"kind": "fev1", "value": 65},
        {"kind": "fev1", "value": 66},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "prior_authorization", "value": "2026PA0093381"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Complete. DOS column 02/17/2026 of a three-column athenaOne flowsheet: 5,470 mg (109.4 mL) from 4,000 + 1,000 "
        "+ 500 mg vials (5,500 mg), waste 30 mg -> JW 3, administered 547. Traps: 02/03 and 02/10 columns (5,500 and "
        "5,490 mg, their lots/exps, 10 mg waste, start/stop); arrival, IV placed, discharge rows; Tdap lot 9T52K exp "
        "2027-03-14 and ondansetron 4 mg (J2405 line, not a drug line for A1PI); mother PI*MZ 78 mg/dL (family); "
        "Case # MCO-CS-771203 is not the PA; policy criteria in the PA letter; hypothetical dose recalculation. "
        "The weight pair kg/lb in each column is one weight; historical columns' weights are historical findings."
    ),
}

ARITH = {
    "dos": "2026-02-17",
    "product": "Prolastin-C Liquid",
    "weight_kg": 91.2,
    "weight_source": "flowsheet 02/17/2026 column and encounter vitals 201 lb 1.6 oz (91.2 kg)",
    "dose_mg": 5470,
    "target_mg": 5472.0,
    "pct_from_target": -0.04,
    "code": "J0256",
    "billing_unit_mg": 10,
    "admin_units_expected": 547,
    "admin_units_billed": 547,
    "waste_mg": 30,
    "jw_units_expected": 3,
    "jw_units_billed": 3,
    "modifier_expectation": "JW line for 30 mg (0.6 mL remnant of the 500 mg/10 mL single-dose vial)",
    "lots": [
        {"lot": "P26A0331", "exp": "2027-02"},
        {"lot": "P26A0187", "exp": "2027-01"},
        {"lot": "P25L1142", "exp": "2026-09"},
    ],
    "infusion": ["10:14", "10:31"],
    "serum_method_rid": False,
}
