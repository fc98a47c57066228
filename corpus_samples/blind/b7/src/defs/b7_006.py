# b7-006: PFT lab report (pre/post BD table, DLCO), pulmonary rehab progress report with 6MWT,
# hospital outpatient infusion record, attending note. Medicare Part B. Claim on J2252 (1 mg units)
# billed as if 10-mg units. Gap: units_match_dose conflict.

PFT = """
ST. AUGUSTINE UNIVERSITY HOSPITAL - PULMONARY FUNCTION LABORATORY
Patient: FERREIRA, ANTONIO M        MRN 7730218       DOB 09/08/1955   Age 70   Sex M
Test date: 02/26/2026 08:10      Referring: E. Brandvold, MD      Technician: K. Sayre, RPFT
Height 175 cm   Weight 85.0 kg   BMI 27.8   Race-neutral GLI 2012 / GLI 2017 (DLCO)
Effort/cooperation: good. ATS/ERS acceptability: A (spirometry), B (DLCO)
Bronchodilator: albuterol 400 mcg via spacer, post test at 15 min

SPIROMETRY         Pred     LLN      PRE      %Pred   Z-score   POST     %Pred   %Chg
FVC (L)            4.13     3.28     3.02     73      -1.94     3.10     75      +3
FEV1 (L)           3.18     2.46     1.31     41      -3.61     1.38     43      +5
FEV1/FVC (%)       77       66       43               -3.92     45
FEF25-75 (L/s)     2.71     1.35     0.38     14               0.41     15      +8
PEF (L/s)          8.44              3.95     47               4.10     49

LUNG VOLUMES (body box)
TLC (L)            6.92     5.71     8.17     118
RV (L)             2.49     1.78     4.11     165
RV/TLC (%)         38                50
FRC (L)            3.62              5.48     151

DIFFUSION
DLCO (mL/min/mmHg) 25.8     19.1     9.8      38       -4.02
DLCO adj Hb 14.6   25.8              9.9      38
VA (L)             6.77              5.40     80
KCO                3.81              1.81     48

INTERPRETATION:
1. Severe obstructive ventilatory defect (FEV1/FVC below LLN, FEV1 41% predicted).
2. No significant bronchodilator response (+5%, +70 mL).
3. Hyperinflation (TLC 118%) and air trapping (RV 165%).
4. Severely reduced DLCO and KCO.
5. Compared with 02/2025: FEV1 1.35 L -> 1.31 L pre-BD (-40 mL).
Findings are consistent with the patient's known emphysema.

Interpreted by: Erik Brandvold, MD, Pulmonary & Critical Care   02/26/2026 13:02
"""

REHAB = """
ST. AUGUSTINE CARDIOPULMONARY REHABILITATION - PROGRESS REPORT (30-DAY)
Patient: Antonio Ferreira     MRN 7730218     Program: Pulmonary Rehab Phase II
Dx: Emphysema/COPD (J43.9); alpha-1 antitrypsin deficiency (E88.01)
Report date: 03/03/2026     Sessions completed: 18 of 36     Attendance 100%

SIX-MINUTE WALK TEST
                      Entry (01/13/2026)      Current (03/03/2026)
Distance              341 m (1,119 ft)        372 m (1,220 ft)
O2                    2 L NC                  2 L NC
SpO2 rest / nadir     95% / 86%               96% / 88%
HR rest / peak        78 / 112                76 / 108
Borg dyspnea          2 -> 5                  2 -> 4
Borg fatigue          1 -> 4                  1 -> 3
Stops                 1 (45 s)                0
MCID for 6MWD is ~30 m; change +31 m.

EXERCISE PRESCRIPTION (current)
Treadmill 1.8 mph 2% grade x 15 min; NuStep level 5 x 15 min; arm ergometer 10 min;
resistance bands 2 x 12. Target Borg 3-4. O2 2 L titrated to SpO2 >= 88%.

Weight (rehab scale 03/03/2026): 187 lb      BP pre 132/78, post 140/80

EDUCATION COMPLETED: pursed-lip breathing, energy conservation, inhaler technique
(Breztri), action plan, nutrition. Pending: anxiety/panic, travel with O2.

GOALS: walk to mailbox and back without stopping (met); carry groceries from car
(in progress); 6MWD >= 400 m by discharge.

Therapist: Lena Marsh, RRT, AE-C     Medical Director: Erik Brandvold, MD
"""

INFUSION = """
ST. AUGUSTINE OUTPATIENT INFUSION CENTER (HOPD)   - MEDICATION ADMINISTRATION
FERREIRA, ANTONIO M   MRN 7730218   Acct 90022187   DOS 03/05/2026
Attending of record: E. Brandvold, MD

Check-in 13:32. Vitals 13:40: T 36.5 HR 80 BP 138/82 RR 18 SpO2 93% 2 L.
Weight 84.5 kg (standing scale, 13:40).
PIV #22 R forearm 13:51 (1 attempt).

Medication: alpha1-proteinase inhibitor (human) - PROLASTIN-C LIQUID
Ordered: 60 mg/kg  ->  84.5 kg x 60 = 5,070 mg  ->  pharmacy dose 5,000 mg (within 10%)
Dispensed: 1 x 4,000 mg/80 mL  (lot PLC4K0091, exp 2027-02)
           1 x 1,000 mg/20 mL  (lot PLC1K0312, exp 2026-11-30)
Pharmacist verification 13:20 (J. Okafor, PharmD)

Administered: 5,000 mg / 100 mL IV by pump at 6.8 mL/min
Start 14:06    Stop 14:24
Vials fully used. Waste: none (0 mg).
Vitals 14:15: HR 78 BP 134/80 SpO2 94%.  Vitals 14:40: HR 76 BP 130/78 SpO2 94%.
Reaction: none. Pt tolerated without complaint. PIV removed 14:45, intact.
Discharged ambulatory 14:52 with wife.

Education: reviewed delayed reaction symptoms; pt has home number for infusion center.
Next appointment: 03/12/2026 13:30 (standing weekly order through 09/2026).
Charges captured: infusion initial hour; drug per pharmacy.

RN: Gwen Hollister, RN   03/05/2026 15:03
"""

ATTENDING = """
PULMONARY CLINIC - BRIEF VISIT NOTE (infusion day)
Antonio Ferreira  70M   MRN 7730218   03/05/2026   Erik Brandvold, MD

Seen in infusion center before weekly augmentation.
Hx: AATD with PI*ZZ genotype (2020, serum AAT 0.38 g/L pre-treatment), emphysema,
chronic hypoxemia on 2 L with exertion. Augmentation (Prolastin-C Liquid) since 10/2020.
Ex-smoker - quit 2015 (40 pk-yr).

Today: feels stronger with rehab. No exacerbation since 01/2025. No fever.
PFT 02/26: FEV1 1.31 L pre / 1.38 L post (41% / 43% pred), DLCO 38%.
6MWT 03/03: 372 m (341 m at rehab entry).

Assessment: Stable on augmentation - FEV1 decline ~25 mL/yr since starting therapy,
compared with ~90 mL/yr in the 3 years before; no exacerbations in 13 months.
Plan: continue weekly Prolastin-C Liquid 60 mg/kg; finish rehab; Breztri 2 puffs BID;
O2 with exertion. Next PFT 02/2027. Repeat CT chest 2027.

Meds reviewed: Breztri 160/9/4.8 mcg 2 puffs BID, albuterol PRN, apixaban 5 mg BID
(AF), metoprolol tartrate 25 mg BID, tamsulosin 0.4 mg, vitamin D 1000 IU.
Vitals: BP 138/82, HR 80, SpO2 93% on 2 L. Lungs: diminished throughout, no wheeze.

E. Brandvold, MD  03/05/2026 13:55
"""

CHART = {
    "chart_id": "b7-006",
    "date_of_service": "2026-03-05",
    "payer": {"profile": "medicare", "name": "Medicare Part B (First Coast)"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 500, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2026-02-26", "text": PFT},
        {"id": "d2", "type": "other", "date": "2026-03-03", "text": REHAB},
        {"id": "d3", "type": "infusion_record", "date": "2026-03-05", "text": INFUSION},
        {"id": "d4", "type": "progress_note", "date": "2026-03-05", "text": ATTENDING},
    ],
}

GOLD = {
    "chart_id": "b7-006",
    "profile": "medicare",
    "requirements": {
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
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.38, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 41},
        {"kind": "fev1", "value": 43},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 85.0, "unit": "kg", "value_kg": 85.0},
        {"kind": "weight", "value": 187, "unit": "lb", "value_kg": 84.8},
        {"kind": "weight", "value": 84.5, "unit": "kg", "value_kg": 84.5},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "PLC4K0091"},
        {"kind": "lot_number", "value": "PLC1K0312"},
        {"kind": "expiration_date", "value": "2027-02"},
        {"kind": "expiration_date", "value": "2026-11-30"},
        {"kind": "infusion_start", "value": "14:06"},
        {"kind": "infusion_end", "value": "14:24"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Gap: claim J2252 x 500 JZ. J2252 bills 1 mg per unit, so 5,000 mg -> ceil(5000/1) = 5000 units; 500 is the "
        "10-mg-unit count -> units_match_dose conflict. code_selection met (J2252 covers any A1PI product per the code "
        "table; the midazolam descriptor note is informational). Weight nearest DOS = 84.5 kg (03/05); 85.0 kg PFT "
        "(02/26) and 187 lb rehab (03/03; 187 x 0.45359237 = 84.82 -> 84.8 kg) are earlier weights. "
        "60 x 84.5 = 5070, tolerance 507 -> 4563..5577; dose 5000 -> met. JZ + 'Waste: none (0 mg)' -> met. "
        "Serum 0.38 g/L < 0.57 -> met. FEV1 41/43% pre/post -> findings (fev1_range not evaluated for medicare). "
        "Rehab Dx line 'Emphysema/COPD (J43.9)' affirms both emphysema and copd; PFT 'Severe obstructive ventilatory "
        "defect' -> airflow_obstruction. Traps: PFT predicted/LLN columns, DLCO 9.8, 6MWD 341/372 m, MCID 30 m, "
        "treadmill 1.8 mph, albuterol 400 mcg, order calc 5,070 mg, vial sizes 4,000/1,000 mg, 100 mL, 6.8 mL/min, "
        "check-in 13:32, pharmacist 13:20, PIV 13:51, vitals 13:40/14:15/14:40, PIV removed 14:45, discharge 14:52, "
        "note time 13:55, PFT test time 08:10."
    ),
}
