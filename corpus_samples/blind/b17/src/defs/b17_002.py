# b17-002: medicaid. Oracle Health (Cerner) PowerChart MAR summary + two PowerForms printed as
# "Label: value" (infusion nursing form, pulmonary clinic form). Gaps: stop time left as *** and never
# charted as an End Bag; expiration date left blank / "see carton".

D1 = """St. Brigid Regional Medical Center - Outpatient Infusion Center
MEDICATION ADMINISTRATION RECORD - SUMMARY                     Print Date/Time: 2/4/2026 15:22 CST
Name: OYELARAN-MBEKI, ROSALIND T        MRN: 3300192        FIN: 7781009341
DOB: 8/17/1967    Age: 58 years    Sex: Female    Location: OIC; Chair 7
Attending: Vasquez-Ortiz MD, Lorena     Encounter Type: Recurring Outpatient
Allergies: penicillin (hives), latex (contact dermatitis)
Dosing Weight: 63.5 kg (2/4/2026 12:51 CST)     Height: 160 cm
Time Frame: 1/21/2026 00:00 CST - 2/4/2026 23:59 CST

--------------------------------------------------------------------------------------------------
alpha1-proteinase inhibitor (Prolastin-C Liquid)
  60 mg/kg = 3,800 mg, IV, Every Week, Infuse over 15 min minimum (0.08 mL/kg/min)
  Order Start: 6/17/2025 09:30 CST     Ordering: Vasquez-Ortiz MD, Lorena
  Comment: Dose rounded to nearest 100 mg per protocol. Single-dose vials; document waste.

  1/21/2026 13:02 CST   Begin Bag      3,800 mg / 76 mL   Site: Left Hand   Rate: 5 mL/min
                        Performed by: Tran RN, Kimberly
  1/21/2026 13:26 CST   End Bag        Volume infused 76 mL                  Tran RN, Kimberly
  1/21/2026 13:27 CST   Waste          200 mg (4 mL)   Witness: Osei RN, Akua

  2/4/2026 12:58 CST    Scanned        NDC 13533-0705-20 x4      Okafor-Lee RN, Justine
                        Lot: 24E1107B   Exp: see carton
  2/4/2026 13:10 CST    Begin Bag      3,800 mg / 76 mL   Site: Right Forearm   Rate: 5 mL/min
                        Performed by: Okafor-Lee RN, Justine
  2/4/2026 13:38 CST    Waste          200 mg (4 mL)   Witness: Demir RN, Hakan
                        Reason: remainder of single-dose 1,000 mg/20 mL vial
  2/4/2026 14:05 CST    Site Discontinued   Catheter intact, pressure held   Okafor-Lee RN, Justine

--------------------------------------------------------------------------------------------------
sodium chloride 0.9% (NS flush) 10 mL, IV push, PRN line care
  2/4/2026 13:08 CST    Given   10 mL                                        Okafor-Lee RN, Justine
  2/4/2026 13:36 CST    Given   10 mL                                        Okafor-Lee RN, Justine

influenza vaccine, high-dose (Fluzone High-Dose) 0.5 mL, IM, Once
  (Not given - patient received 10/2025 at pharmacy)  2/4/2026 12:55 CST     Okafor-Lee RN, Justine

cetirizine 10 mg, tab, PO, Once PRN itching
  2/4/2026 13:50 CST    Given   10 mg   Mild itching L forearm, no hives     Okafor-Lee RN, Justine
  Lot: UT8235LA   Exp: 06/30/2026   (unit-dose stock)

--------------------------------------------------------------------------------------------------
Legend: Begin Bag / End Bag / Rate Change / Waste / Site Discontinued = infusion events (iView)
*** End of Report ***
"""

D2 = """PowerForm: Outpatient Infusion - Alpha-1 Augmentation
St. Brigid Regional Medical Center                 Form Date/Time: 2/4/2026 12:49 CST
Patient: OYELARAN-MBEKI, ROSALIND T   MRN: 3300192   FIN: 7781009341
Performed by: Okafor-Lee RN, Justine    Signed: 2/4/2026 14:31 CST

-- Pre-Infusion Assessment --
Arrival Time: 12:40
Arrival Mode: Ambulatory with daughter
Pain Score: 0
Respiratory Status: Dyspnea on exertion at baseline, no acute distress
Lung Sounds: Diminished bases bilaterally
Recent Illness/Antibiotics (past 2 wk): Denies
Measured Weight: 63.5 kg
Weight Method: Standing scale
Temperature: 36.8 DegC
Heart Rate: 78 bpm
Blood Pressure: 132/81 mmHg
SpO2: 95 %  (room air)

-- IV Access --
Device: Peripheral IV
Gauge: 22 ga
Site: Right forearm
Insertion Time: 13:01
Attempts: 1
Blood Return: Yes

-- Medication --
Medication: Alpha-1 proteinase inhibitor (Prolastin-C Liquid)
Ordered Dose: 60 mg/kg
Dose Administered: 3,800 mg
Volume: 76 mL
Vials Used: 1,000 mg/20 mL x 4
NDC: 13533-0705-20
Lot Number: 24E1107B
Expiration Date: ___
Amount Wasted: 200 mg (4 mL), partial vial, single-dose
Waste Witness: Demir RN, Hakan
Premedications: None ordered
Pump: Alaris, channel A
Rate: 5 mL/min

-- Infusion --
Infusion Start Time: 13:10
Infusion End Time: ***
Reaction: Mild itching left forearm at 13:45 during post-infusion observation, no hives, no wheeze; cetirizine 10 mg PO per standing order
Post Infusion Vital Signs: BP 128/79, HR 80, SpO2 96 %
Post Observation (min): 30

-- Discharge --
IV Removed: Yes, catheter intact
Discharge Time: 14:10
Condition: Stable
Education: Reviewed reaction precautions; call clinic for hives, wheezing or throat tightness
Next Appointment: 2/11/2026 12:45

-- Authorization --
Payer: Evergreen State Medicaid - Horizon Community Care (MCO)
Medicaid Auth #: 26-0117342
Auth Valid: 01/01/2026 - 06/30/2026
Units Authorized: J0256, 400 units per week + JW
"""

D3 = """PowerForm: Pulmonary Clinic Visit - Established Patient
St. Brigid Pulmonary & Critical Care                Form Date/Time: 1/7/2026 10:22 CST
Patient: OYELARAN-MBEKI, ROSALIND T   MRN: 3300192
Provider: Vasquez-Ortiz MD, Lorena      Signed: 1/7/2026 11:40 CST

Reason for Visit: 6-month follow-up, alpha-1 antitrypsin deficiency on augmentation
Primary Diagnosis: Alpha-1-antitrypsin deficiency (E88.01)
Secondary Diagnosis: Emphysema, unspecified (J43.9)
Additional Diagnosis: {blank}

-- History --
Augmentation Start Date: 06/2025
Product: Prolastin-C Liquid, weekly
Missed Doses (last 6 mo): 1 (11/26/2025, holiday)
Exacerbations Since Last Visit: None
ED Visits / Admissions: None
Response to Augmentation Therapy: Improved. No ED visits since starting (2 in the 6 months before); energy better, walking to the bus stop without stopping. Tolerating infusions.
Tobacco Use: Former smoker, quit 2012, 22 pack-years
Cotinine: <10 ng/mL (06/2025)
Secondhand Smoke Exposure: None
Occupational Exposure: Hair salon 1990-2010

-- Diagnostics --
AAT Level (pre-treatment): 0.11 g/L  L  (ref 0.90-2.00) 04/22/2024, nephelometry
AAT Level (trough on therapy): 0.52 g/L  L  12/10/2025
Phenotype/Genotype: Z(null). SERPINA1 sequencing 05/2024: c.1096G>A (Z) and c.552delC (QOgranite falls), in trans
IgA: 188 mg/dL
Family Testing: Son 24 y tested 2024, PI*MZ, AAT 0.84 g/L - not on therapy
FEV1 (% predicted): 55 % post-BD (12/10/2025); was 58 % post-BD 04/22/2024
FEV1/FVC: 0.44
DLCO (% predicted): 52 %
CT Chest: 04/2024 panlobular emphysema, basal predominant
6MWT: ***

-- Vitals --
Weight: 62.1 kg
Height: 160 cm
BP: 126/78
SpO2: 94 % RA

-- Exam --
General: Well appearing
Lungs: Diminished at bases, no wheeze
Extremities: No edema

-- Plan --
Continue Augmentation: Yes - Prolastin-C Liquid 60 mg/kg IV weekly
Dose Adjustment: None; re-weigh at each infusion
Inhalers: Continue budesonide-formoterol 160/4.5 mcg 2 puffs BID; albuterol PRN
Pulmonary Rehab: Referred (Referral # RF-20260107-3318)
Labs Next Visit: Trough AAT, CMP
Hypothetical escalation: if exacerbations recur despite therapy, consider azithromycin 250 mg three times weekly
Follow-up: 6 months
Prior Authorization Status: Renewed through 06/30/2026 (see infusion PowerForm)
"""

CHART = {
    "chart_id": "b17-002",
    "date_of_service": "2026-02-04",
    "payer": {"profile": "medicaid", "name": "Evergreen State Medicaid - Horizon Community Care"},
    "prior_authorization": "26-0117342",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 380, "modifiers": []},
        {"hcpcs": "J0256", "units": 20, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-02-04", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-04", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-01-07", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b17-002",
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
        "expiration_date": "missing",
        "infusion_times": "missing",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "NULL"]},
        {"kind": "serum_aat", "value": 0.11, "unit": "g/L"},
        {"kind": "serum_aat", "value": 0.52, "unit": "g/L"},
        {"kind": "weight", "value": 63.5, "unit": "kg", "value_kg": 63.5},
        {"kind": "weight", "value": 62.1, "unit": "kg", "value_kg": 62.1},
        {"kind": "dose", "value": 3800},
        {"kind": "wastage", "value": 200},
        {"kind": "lot_number", "value": "24E1107B"},
        {"kind": "infusion_start", "value": "13:10"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 55},
        {"kind": "fev1", "value": 58},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "prior_authorization", "value": "26-0117342"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Gaps: infusion_times missing (Begin Bag 13:10 but no End Bag on DOS and the PowerForm 'Infusion End Time: ***'; "
        "the 13:38 waste event, 13:45 reaction, 14:05 site discontinued and 14:10 discharge are not stop times; the "
        "End Bag 13:26 belongs to 1/21/2026); expiration_date missing ('Exp: see carton', 'Expiration Date: ___'). "
        "Traps: cetirizine unit-dose lot UT8235LA exp 06/30/2026 is not the A1PI lot; 1/21 row with its own waste; "
        "son PI*MZ 0.84 g/L (family); referral number; hypothetical azithromycin; 62.1 kg is the 1/7 clinic weight "
        "(63.5 kg on DOS is the nearest). Waste 200 mg -> JW 20 units, administered 380 units."
    ),
}

ARITH = {
    "dos": "2026-02-04",
    "product": "Prolastin-C Liquid",
    "weight_kg": 63.5,
    "weight_source": "PowerForm measured weight and MAR dosing weight 2/4/2026",
    "dose_mg": 3800,
    "target_mg": 3810.0,
    "pct_from_target": -0.26,
    "code": "J0256",
    "billing_unit_mg": 10,
    "admin_units_expected": 380,
    "admin_units_billed": 380,
    "waste_mg": 200,
    "jw_units_expected": 20,
    "jw_units_billed": 20,
    "modifier_expectation": "JW line for 200 mg waste (single-dose 1,000 mg/20 mL vials x4)",
    "lots": [{"lot": "24E1107B", "exp": None}],
    "infusion": ["13:10", None],
    "serum_method_rid": False,
}
