# b7-002: Epic-style infusion center visit, flowsheet rows exported "Row: value (time)", SmartText leftovers.
# Commercial (Anthem PPO). Zemaira billed J0256. Gaps: lot number left as *** ; FEV1 86% predicted (outside 25-80).

NOTE = """
Infusion Center Visit
Patient: Dana R. Whitcombe   MRN: E3318840   DOB: 7/2/1973   Age: 52 y.o.   Sex: female
Visit date: 2/17/2026   Department: HILLCREST INFUSION CENTER   Provider: Priya Natarajan, NP
Primary payer: ANTHEM BLUE CROSS PPO

Chief Complaint
Patient presents with:
  • Infusion - Zemaira weekly

HPI
Dana R. Whitcombe is a 52 y.o. female with alpha-1 antitrypsin deficiency (PiZZ) and
emphysema who presents for weekly augmentation therapy. {Blank single:19197::"Accompanied by ***","Alone"}
She reports she is doing well. Walking 2 miles most days with her dog. No fevers,
chills, new cough, or sputum change since last visit. No infusion reactions with prior
doses. Last infusion 2/10/2026, tolerated without issue.

Interval history: Since starting Zemaira in 10/2024 she has had no exacerbations requiring
prednisone or antibiotics (3 courses in 2024 before starting). Dyspnea stable, mMRC 1.
She feels augmentation has been worthwhile.

Review of Systems
Constitutional: Negative for fever and unexpected weight change.
Respiratory: Positive for shortness of breath (with hills only). Negative for hemoptysis.
All other systems reviewed and are negative.

Past Medical History:
Diagnosis                                  Date
• Alpha-1-antitrypsin deficiency (HCC)      09/2024
• Emphysema of lung (HCC)                   09/2024
• GERD                                      
• Migraine without aura                     

Social History
Tobacco Use
• Smoking status: Former
    Packs/day: 0.50   Years: 24.00   Pack years: 12.00
    Types: Cigarettes   Quit date: 2011
• Smokeless tobacco: Never
Substance and Sexual Activity
• Alcohol use: Yes   Comment: 1-2 glasses wine/week

Family History
Problem              Relation    Age of Onset
• COPD               Mother      60s
• Liver disease      Maternal uncle

Current Outpatient Medications
• albuterol HFA 90 mcg/actuation inhaler   2 puffs every 4 hours as needed
• fluticasone-salmeterol (ADVAIR) 250-50 mcg/dose  1 puff 2 times daily
• omeprazole 20 mg capsule   1 capsule daily
• rizatriptan 10 mg tablet   1 tablet at onset of migraine, may repeat in 2 hr
• alpha-1 proteinase inhibitor (ZEMAIRA) 4,000 mg IV weekly

Vitals:
          02/17/26 0812    02/17/26 0904    02/17/26 0931
BP:       118/74           116/72           120/76
Pulse:    78               74               76
Resp:     16               16               16
Temp:     36.7 °C (98.1 °F)                 
SpO2:     96%              97%              97%
Weight:   70.3 kg (155 lb)

Physical Exam
Constitutional: She is well-developed. No distress.
Pulmonary/Chest: Effort normal. Breath sounds decreased at bases. No wheezes.
Skin: IV site L forearm clean, no infiltration.

Results
PFT 01/20/2026 (Hillcrest Pulmonary Lab): FEV1 2.58 L (86% pred), FVC 4.03 L (106% pred),
FEV1/FVC 0.64, DLCO 54% pred. Interpretation: mild airflow obstruction with moderately reduced
diffusing capacity, consistent with her known emphysema.
CT chest 9/2024: basilar-predominant panlobular emphysema; no nodules.
AAT 31 mg/dL and phenotype ZZ (9/5/2024, pre-treatment).

Assessment/Plan
1. Alpha-1-antitrypsin deficiency (HCC) (primary encounter diagnosis)
   Continue weekly Zemaira per order. Tolerated today's infusion, see flowsheet.
   Clinically stable on augmentation - no exacerbations in >12 mo.
2. Emphysema of lung (HCC)
   Continue Advair; albuterol PRN. Annual influenza vaccine given 10/2025.
3. Health maintenance: ***

Return in about 1 week (around 2/24/2026) for Zemaira.

Priya Natarajan, NP
2/17/2026 9:44 AM
"""

FLOWSHEET = """
Flowsheet Print - Infusion (02/17/2026)
Whitcombe, Dana R   MRN E3318840   Encounter: Infusion Visit  CSN 412778001

Order: ZEMAIRA IV [Alpha-1 Proteinase Inhibitor (Human)]
  Dose: 60 mg/kg   Calculated: 4,218 mg (based on 70.3 kg)   Rounded to vial: 4,000 mg
  NDC 0053-7202-02   Frequency: Weekly   Route: IV   Status: Completed

Vitals/Assessment
Arrival Time: 0806 (0806)
Weight: 70.3 kg (0812)
Weight Method: Standing scale (0812)
Pain Score: 0 (0812)
IgA status reviewed: Normal IgA 2024 (0812)
Premedication: None ordered (0815)

IV Access
PIV Placement Site: L forearm (0826)
PIV Gauge: 22 G (0826)
Blood Return: Yes (0826)
Flush: NS 10 mL (0827)

Medication Administration
Alpha-1 Proteinase Inhibitor Product: Zemaira (0838)
Alpha-1 Dose Administered (mg): 4000 (0838)
Vial Size (mg): 4000 (0838)
Reconstitution Time: 0829 (0838)
Lot #: *** (0838)
Expiration Date: 04/30/2027 (0838)
Volume (mL): 76 (0838)
Infusion Rate (mL/min): 3.8 (0841)
Infusion Start Time: 0841 (0841)
Infusion Stop Time: 0902 (0902)
Waste (mg): 0 (0904)
Waste Witness: N/A (0904)
Post-Flush: NS 10 mL (0903)

Post Infusion
Infusion Reaction: None (0904)
Patient Tolerated: Well (0904)
PIV Removed: Yes, catheter intact (0928)
Discharge Time: 0935 (0935)
Discharge Condition: Stable, ambulatory (0935)

Previous rows (2/10/2026) collapsed - 21 rows hidden
Documented by: Megan Foy, RN
"""

LAB = """
HILLCREST MEDICAL LABORATORY                                   Final Report
Patient: WHITCOMBE, DANA R   DOB 07/02/1973   MRN E3318840
Ordering: Jorge Alcaraz, MD (Pulmonology)   Collected: 09/05/2024 10:22   Reported: 09/12/2024

Test                              Result      Flag   Units     Reference
Alpha-1-Antitrypsin, Serum        31          L      mg/dL     100-190
  Method: nephelometry
C-Reactive Protein                0.4                mg/dL     <0.8
Alpha-1-Antitrypsin Phenotype     ZZ          A                MM
  Comment: ZZ phenotype identified by isoelectric focusing. Associated with severe
  deficiency. Genetic counseling and testing of first-degree relatives is recommended.
IgA, Serum                        212                mg/dL     70-400

Hepatic Function Panel
AST                               24                 U/L       10-35
ALT                               19                 U/L       7-35
Alk Phos                          71                 U/L       35-104
Total Bilirubin                   0.6                mg/dL     0.2-1.2
Albumin                           4.3                g/dL      3.5-5.2

Complete Blood Count
WBC                               6.8                K/uL      4.0-10.5
Hemoglobin                        13.9               g/dL      11.5-15.5
Hematocrit                        41.7               %         34.5-46.0
Platelets                         251                K/uL      150-400
Eosinophils, Absolute             0.18               K/uL      0.00-0.50

Specimen: serum (SST), whole blood (EDTA)   Received: 09/05/2024 13:40
Phenotype performed at: Reference lab (send-out), results received 09/11/2024
Reviewed by: J. Alcaraz, MD 09/12/2024 - "Results d/w pt by phone; referral to infusion"
Performing lab: Hillcrest Medical Laboratory, CLIA 05D0998812
"""

CHART = {
    "chart_id": "b7-002",
    "date_of_service": "2026-02-17",
    "payer": {"profile": "commercial", "name": "Anthem Blue Cross PPO"},
    "prior_authorization": "A26-0114-55012",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-17", "text": NOTE},
        {"id": "d2", "type": "infusion_record", "date": "2026-02-17", "text": FLOWSHEET},
        {"id": "d3", "type": "lab_report", "date": "2024-09-12", "text": LAB},
    ],
}

GOLD = {
    "chart_id": "b7-002",
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
        "lot_number": "missing",
        "expiration_date": "met",
        "infusion_times": "met",
        "response_to_therapy": "met",
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
        "fev1_range": "conflict",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 31, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 86},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 70.3, "unit": "kg", "value_kg": 70.3},
        {"kind": "drug_product", "value": "Zemaira"},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "expiration_date", "value": "2027-04-30"},
        {"kind": "infusion_start", "value": "08:41"},
        {"kind": "infusion_end", "value": "09:02"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Commercial. Gaps: (1) flowsheet row 'Lot #: *** (0838)' is an unresolved SmartText placeholder and no lot "
        "appears anywhere else (NDC 0053-7202-02 is not a lot) -> lot_number missing; (2) FEV1 86% predicted "
        "(PFT 01/20/2026) is outside 25-80 -> fev1_range conflict. 'mild obstruction' in the PFT interpretation "
        "-> airflow_obstruction; CT panlobular emphysema -> emphysema. "
        "Weight 70.3 kg (155 lb) is one weight. 60 x 70.3 = 4218, tolerance 421.8 -> 3796.2..4639.8; dose 4000 -> met. "
        "J0256 units ceil(4000/10) = 400 = billed 400 -> met. JZ with 'Waste (mg): 0' -> met (commercial). "
        "Zemaira covered by J0256 -> code_selection met. PA from chart field A26-0114-55012. "
        "Traps: calculated 4,218 mg; vial size 4000 mg; 76 mL; arrival 0806, PIV 0826, reconstitution 0829, "
        "row timestamps in parentheses (0838/0904), discharge 0935, vitals 0812/0904/0931; last infusion 2/10; "
        "unresolved {Blank single...} and 'Health maintenance: ***'; lab reference 'MM' is not a result; "
        "mother COPD is family history; rizatriptan 10 mg / omeprazole 20 mg other drugs; 'Zemaira 4,000 mg IV weekly' "
        "in med list is an order."
    ),
}
