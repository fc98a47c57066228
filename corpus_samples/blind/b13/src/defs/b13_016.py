# b13-016  medicaid  NEGATIVE CONTROL: IV iron (ferric carboxymaltose 750 mg, J1439 x 750 JZ) for iron
# deficiency anemia in a current smoker with COPD; alpha-1 screen normal (MM, 131 mg/dL). No A1PI.
# Styles: (3) generic specialty-infusion pre-bill audit worksheet (Y/N/NA, A1PI section marked NA);
# structured infusion record for another drug; hematology progress note.

D1 = """RIVERSIDE COMMUNITY HEMATOLOGY & ONCOLOGY
Progress Note                                                       12/30/2025
Patient: GREENE, TAMIKA L       DOB 07/19/1976 (49 y)       MRN RCH-5520183
Provider: Oluwaseun Adeyemi, MD     Insurance: Riverside Health Partners (Medicaid)

HPI: Ms. Greene is referred by her PCP for iron deficiency anemia due to heavy menstrual bleeding
(fibroids; gynecology planning a hysteroscopic procedure in March). Hemoglobin 8.9 g/dL, ferritin
4 ng/mL, TSAT 5%. She could not tolerate ferrous sulfate 325 mg daily or every other day
(constipation, epigastric pain) and stopped after 3 weeks. She reports fatigue, pica for ice, and
dyspnea on one flight of stairs, which is worse than her usual COPD breathlessness.

She has COPD, diagnosed in 2024 by spirometry (FEV1 68% predicted, FEV1/FVC 0.64) and treated by her
PCP with tiotropium. At that time she had alpha-1 antitrypsin screening, which was normal: level
131 mg/dL, phenotype MM -- no deficiency. She smokes about half a pack a day (15 pack-years). She is
not ready to quit; we talked for 4 minutes about cessation and she accepted the quitline number.

Meds: tiotropium 18 mcg daily; albuterol HFA PRN; medroxyprogesterone 10 mg daily (GYN, for
bleeding); ibuprofen 600 mg PRN cramps (advised to limit); cetirizine 10 mg daily; sertraline 50 mg
daily.

Exam: BP 122/76, HR 98, SpO2 95% RA, Wt 66.2 kg. Pale conjunctivae. Lungs with scattered wheeze.
Systolic flow murmur 2/6.

Labs 12/22/2025: Hgb 8.9 g/dL, MCV 68 fL, ferritin 4 ng/mL, TSAT 5%, phosphorus 3.4 mg/dL,
creatinine 0.7 mg/dL, B12 412 pg/mL, folate normal, celiac serology negative.

Assessment/Plan:
1. Iron deficiency anemia from menorrhagia; intolerant of oral iron. Ferric carboxymaltose
   (Injectafer) 750 mg IV x 2 doses at least 7 days apart (01/14/2026 and 01/21/2026). Check
   phosphorus before the second dose. Recheck CBC, ferritin, TSAT 4 weeks after the second dose.
   Goal Hgb > 12 g/dL.
2. COPD -- per PCP; current smoker, cessation counseling given (F17.210).
3. Fibroids/menorrhagia -- GYN.

Oluwaseun Adeyemi, MD   12/30/2025 15:10
"""

D2 = """RIVERSIDE COMMUNITY HEMATOLOGY & ONCOLOGY -- INFUSION ROOM
INFUSION RECORD                                              DOS 01/14/2026
Patient: GREENE, TAMIKA L     MRN RCH-5520183     Allergies: NKDA
Order: Ferric carboxymaltose (Injectafer) 750 mg IV, dose 1 of 2 -- Adeyemi

10:02  Arrived; ID x2; no fever; last menses 12/28.
10:06  Weight 64.9 kg (standing). Vitals: BP 118/72, HR 96, RR 18, SpO2 95%, T 36.7 C
10:10  Pre-infusion phosphorus 3.4 mg/dL (12/22) reviewed; no hypersensitivity history.
10:14  PIV 22 g L hand, 1 attempt, NS flush 10 mL.
10:18  Product: Injectafer 750 mg/15 mL single-dose vial, lot 4F2210K, exp 09/2027.
       Diluted in NS 100 mL (concentration 7.1 mg/mL). Second-RN check: A. Greer RN.
10:22  Infusion START, over 15 minutes via pump.
10:38  Infusion STOP. 750 mg administered. Entire vial used -- no waste (JZ).
10:40  NS flush. Vitals: BP 116/70, HR 92, SpO2 96%.
11:08  30-minute observation complete; no hypersensitivity; BP 120/74, HR 90.
11:10  PIV removed; discharged ambulatory.
Patient education: possible skin staining if leakage; low phosphorus symptoms; dose 2 on
01/21/2026 at 10:00.

RN: Marisol Vega, RN   01/14/2026 11:14
"""

D3 = """RIVERSIDE COMMUNITY HEMATOLOGY & ONCOLOGY -- BILLING COMPLIANCE
SPECIALTY INFUSION PRE-BILL AUDIT WORKSHEET (template SI-07)
Auditor: Kendra Lyle, CCS-P          Audit date: 01/16/2026
Patient: GREENE, TAMIKA L   Acct 4470-1183   DOS 01/14/2026   Payer: Riverside Health Partners (Medicaid)
Charges: J1439 x 750 JZ | 96365 x 1 | Dx D50.0, N92.0, J44.9, F17.210

SECTION A -- ALL DRUGS                                        Y/N/NA   DETAIL
A1  Signed order on file for drug, dose, route                  Y      Adeyemi 12/30/25
A2  Weight documented on DOS                                    Y      64.9 kg (10:06)
A3  Dose documented in mg                                       Y      750 mg
A4  Lot and expiration documented                               Y      4F2210K / 09/2027
A5  Start and stop times                                        Y      10:22 / 10:38
A6  Waste documented or JZ appropriate                          Y      single-dose vial, no waste
A7  Units = mg / billing unit (J1439 = 1 mg)                    Y      750
A8  Medical necessity in provider note                          Y      IDA, oral iron intolerance
A9  Prior authorization required by payer                       NA     not required for J1439 in office
                                                                       (payer fee schedule note)
SECTION B -- DRUG-SPECIFIC
B1  IV iron: Hgb/ferritin/TSAT within 30 days                   Y      12/22/2025
B2  IV iron: phosphorus checked before dose                     Y      3.4 mg/dL
B3  IV iron: max 750 mg per dose, 1,500 mg per course           Y      dose 1 of 2
B4  Alpha-1 PI (J0256/J0257): AAT level, genotype, FEV1,        NA     not an A1PI claim
    non-smoker, 60 mg/kg dosing
B5  Biologics/IVIG: IgG trough, infusion reactions              NA

AUDITOR COMMENTS: Clean claim. Tobacco dependence code F17.210 supported (current smoker, counseling
documented 12/30/2025). Release.
SUMMARY: 12 applicable items, 12 Y, 0 N.  Released 01/16/2026 09:44.
"""

CHART = {
    "chart_id": "b13-016",
    "date_of_service": "2026-01-14",
    "payer": {"profile": "medicaid", "name": "Riverside Health Partners (Medicaid)"},
    "claim_lines": [
        {"hcpcs": "J1439", "units": 750, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-12-30", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-14", "text": D2},
        {"id": "d3", "type": "other", "date": "2026-01-16", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b13-016",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
        "dose_matches_weight": "missing", "units_match_dose": "not_applicable",
        "wastage_documented": "missing", "lot_number": "missing", "expiration_date": "missing",
        "infusion_times": "missing", "response_to_therapy": "missing",
        "prior_authorization": "missing", "code_selection": "not_applicable",
        "smoking_status": "conflict",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"]},
        {"kind": "serum_aat", "value": 131, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 68},
        {"kind": "weight", "value": 64.9, "unit": "kg", "value_kg": 64.9},
        {"kind": "weight", "value": 66.2, "unit": "kg", "value_kg": 66.2},
        {"kind": "smoking_status", "value": "current"},
    ],
    "notes": (
        "NEGATIVE CONTROL (IV iron). Alpha-1 screen 'normal ... no deficiency' -> no diagnosis; phenotype MM "
        "and 131 mg/dL are affirmed non-deficient results (conflicts). Current smoker (medicaid smoking_status "
        "conflict). Injectafer 750 mg, lot 4F2210K, exp 09/2027, 10:22/10:38, 'no waste (JZ)' and J1439 units "
        "belong to another drug -- not A1PI findings. The audit template's A1PI criteria line (AAT level, "
        "genotype, FEV1, non-smoker, 60 mg/kg) is template text marked NA. No authorization number anywhere "
        "(the worksheet says none required for J1439) -> prior_authorization missing for the medicaid profile. "
        "Claim lines exist but no A1PI drug line: units/code not_applicable; wastage missing (no A1PI statement). "
        "FEV1/FVC 0.64 with 'COPD' -> copd (no separate obstruction wording). Hgb/ferritin/phosphorus are not AAT."
    ),
}

ARITH = {
    "dos": "2026-01-14", "product": None,
    "weight_kg": 64.9, "weight_source": "d2 10:06 on DOS",
    "dose_mg": None, "other_drug": "ferric carboxymaltose 750 mg = J1439 x 750 (1 mg units), JZ",
    "code": None, "lots": [],
    "rid_serum_values": [], "fev1_for_range": None, "response_in_progress_note": False,
}

EVID = [
    ("genotype:M,M", "d1", "phenotype MM -- no deficiency"),
    ("serum_aat:131:mg/dL", "d1", "level\n131 mg/dL"),
    ("lung_disease:copd", "d1", "She has COPD, diagnosed in 2024 by spirometry"),
    ("fev1:68", "d1", "FEV1 68% predicted"),
    ("weight:64.9", "d2", "Weight 64.9 kg (standing)"),
    ("weight:66.2", "d1", "Wt 66.2 kg"),
    ("smoking_status:current", "d1", "She smokes about half a pack a day"),
]
