from _h import F, W, reqs

D1 = """ST. ELIAS REGIONAL MEDICAL CENTER - EMERGENCY DEPARTMENT
ED PROVIDER NOTE                                   Arrival 02/14/2026 13:31   Room ED-17
Patient: JEFFERSON, MARCUS T    DOB 07/22/1990 (35 y)    MRN SE-1188430    M
Attending: Olivia Tran, MD      Resident: Sam Feld, MD (PGY-2)
Payer: Kentucky Medicaid - Passport Health Plan      Mode of arrival: private vehicle
Triage (13:36): ESI 3. "Can't catch my breath since last night." SpO2 91 % RA, RR 26,
HR 112, BP 142/88, T 37.2 C, Wt 92.1 kg (stated).

HPI
35-year-old man with asthma since childhood (one prior ICU stay at age 16, no intubation),
who presents with 18 hours of wheeze, chest tightness and cough after a cold that started
4 days ago. Used albuterol MDI ~10 times since yesterday with brief relief. Ran out of his
inhaled steroid (budesonide-formoterol) 2 months ago - could not afford copay before his
Medicaid re-enrolled. No fever. No chest pain radiating, no leg swelling, no hemoptysis.
Smokes 1/2 pack per day since age 17 (~9 pack-years); also vapes. Works in a cabinet shop
(sawdust, lacquer fumes), wears a mask "sometimes".
His PCP (Dr. Hale) checked an alpha-1 level last fall because of his smoking and chronic
wheeze: 118 mg/dL, phenotype MS (see labs in chart). PCP told him he is a carrier, not
deficient.

PMH: asthma; allergic rhinitis; GERD; obesity. PSH: none. Meds: albuterol HFA PRN;
budesonide-formoterol 160-4.5 (not taking); omeprazole 20 mg; loratadine 10 mg.
Allergies: aspirin (wheeze) - AERD suspected by PCP.
Family: mother asthma; maternal grandfather "COPD/emphysema", smoker; father unknown.
Social: smoker and vaper as above; alcohol weekends; no other drugs.

EXAM
Moderate distress, speaking in phrases. Diffuse expiratory wheeze, prolonged expiration,
no crackles. Mild accessory muscle use. No stridor. Heart tachycardic, regular. No edema.

ED COURSE
13:50 albuterol-ipratropium (DuoNeb) 3 mL neb #1
14:05 dexamethasone 16 mg PO
14:10 DuoNeb #2
14:30 DuoNeb #3; magnesium sulfate 2 g IV over 20 min (14:32-14:52)
15:15 reassessment: mild end-expiratory wheeze, SpO2 95 % RA, RR 20, HR 98
15:20 peak flow 340 L/min (predicted 610; pre-treatment 190)
16:30 ambulatory SpO2 94 %, no desaturation
CXR (14:20): hyperinflation, no pneumonia, no pneumothorax.
Labs: CBC WBC 10.2, eos 6 %; BMP normal; VBG pH 7.41, pCO2 39; COVID/flu/RSV PCR negative.

MEDICAL DECISION MAKING
Moderate asthma exacerbation triggered by viral URI and off controller therapy, improving
after 3 nebs, steroid and magnesium. Not in respiratory failure. His December PFT showed
reversible obstruction consistent with asthma; with ongoing smoking and sawdust exposure,
possible early COPD / asthma-COPD overlap should be evaluated by pulmonary when he is well.
Alpha-1 antitrypsin deficiency is unlikely with an MS phenotype and a normal level; no
further AAT testing needed from the ED.

DIAGNOSES
1. Moderate persistent asthma with acute exacerbation (J45.41)
2. Tobacco use disorder, cigarettes (F17.210)
3. Nicotine vaping

DISPOSITION (16:45): discharged home. Prednisone 40 mg daily x 5 days (first dose
tomorrow); budesonide-formoterol 160-4.5 2 puffs BID restarted (filled at ED pharmacy,
$0 under Medicaid); albuterol PRN; spacer given. Smoking cessation: nicotine patch
21 mg/day + lozenge 4 mg PRN prescribed; Kentucky quitline referral placed. Pulmonary
referral (Dr. Karimi). Return for worsening.

Olivia Tran, MD - attending attestation: I saw and examined the patient, agree with the
resident's findings and plan. 02/14/2026 17:02
"""

D2 = """ST. ELIAS PULMONARY FUNCTION LABORATORY                         MedGraphics Breeze v8.7
Name  JEFFERSON, MARCUS T          MRN SE-1188430         Test date 12/09/2025 14:10
DOB   07/22/1990  Age 35  Male     Ht 180.3 cm  Wt 93.0 kg  BMI 28.6
Ref   GLI-2012 global (race-neutral)        Tech  R. Amos, RRT
Ordering  Dana Hale, MD (family medicine)   Indication: chronic cough, wheeze, smoker

                          PRE-BRONCHODILATOR                            POST-BD (albuterol 360 mcg)
Parameter        Unit     Actual   Pred   %Pred   LLN    Z-score        Actual   %Pred   Z-score   %Chg
FVC              L        4.84     5.58   87      4.55   -1.08          5.21     93      -0.57     +8
FEV1             L        3.25     4.58   71      3.71   -2.29          3.84     84      -1.22     +18
FEV1/FVC         %        67       82     82      72     -2.01          74       90      -1.29
FEF25-75         L/s      2.12     4.71   45      3.08   -2.51          3.01     64      -1.70     +42
PEF              L/s      7.95     10.31  77      8.04   -1.69          9.12     88      -0.90     +15

Lung volumes and DLCO: not performed (spirometry-only order).
Quality: pre 3 acceptable efforts (grade A); post 3 acceptable (grade A).
Smoking status recorded at test: current smoker, ~1/2 ppd; last cigarette 2 h before test
(asked to abstain 4 h - not adhered).

Interpretation (Nadia Karimi, MD, 12/10/2025):
Mild obstructive ventilatory defect (FEV1/FVC below LLN, FEV1 71 % predicted) with a
significant bronchodilator response (FEV1 +590 mL, +18 %); post-BD ratio normalizes
(0.74, above LLN). Pattern consistent with asthma. No fixed obstruction on this study.
Recommend controller therapy and smoking cessation; repeat in 6-12 months.
"""

D3 = """BLUEGRASS COMMUNITY LAB SERVICES                                   PATIENT REPORT
MARCUS T JEFFERSON   DOB 07/22/1990   SEX M   PT ID SE-1188430
ORDERED BY: DANA HALE MD - RIVERTOWN FAMILY PRACTICE
COLLECTED 11/18/2025 09:40   RECEIVED 11/18/2025 14:02   REPORTED 11/24/2025 10:15
-------------------------------------------------------------------------------
RESULT      FLAG   UNITS    TEST NAME                                  REFERENCE
-------------------------------------------------------------------------------
118                mg/dL    ALPHA-1-ANTITRYPSIN                        100-190
                            (nephelometry)
MS          A               ALPHA-1-ANTITRYPSIN PHENOTYPE              MM
4.6         H      mg/L     C-REACTIVE PROTEIN                         <3.0
390                cells/uL ABSOLUTE EOSINOPHILS                       30-350  (H)*
312                IU/mL    IgE, TOTAL                                 <114  H
-------------------------------------------------------------------------------
*Reviewed: borderline eosinophilia.

COMMENT - ALPHA-1-ANTITRYPSIN PHENOTYPE
One M and one S protein band identified: PiMS. PiMS individuals usually have serum AAT
levels in or near the normal range and are not considered to have clinically significant
deficiency. A level at or above 57 mg/dL (11 umol/L) is above the threshold associated
with lung disease risk from AAT deficiency. Mild elevation of CRP may raise AAT slightly.

COMMENT - GENERAL
Alpha-1-antitrypsin deficiency is an inherited condition; relatives of individuals with
an S or Z allele may wish to be tested.

Electronically verified by: P. Nguyen, MLS(ASCP)   11/24/2025 10:15
Laboratory director: C. Wells, MD, PhD
"""

CHART = {
    "chart_id": "b15-016",
    "date_of_service": "2026-02-14",
    "payer": {"profile": "medicaid", "name": "Kentucky Medicaid - Passport Health Plan"},
    "claim_lines": [
        {"hcpcs": "99284", "units": 1, "modifiers": ["25"]},
        {"hcpcs": "94640", "units": 3, "modifiers": []},
        {"hcpcs": "J7620", "units": 3, "modifiers": []},
        {"hcpcs": "J3475", "units": 4, "modifiers": []},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "71046", "units": 1, "modifiers": ["26"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2026-02-14", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2025-12-10", "text": D2},
        {"id": "d3", "type": "lab_report", "date": "2025-11-24", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b15-016",
    "profile": "medicaid",
    "requirements": reqs(
        "medicaid",
        aatd_diagnosis="missing", genotype="conflict", serum_aat_level="conflict",
        lung_disease_evidence="met", patient_weight="met", dose_administered="missing",
        dose_matches_weight="missing", units_match_dose="not_applicable",
        wastage_documented="missing", lot_number="missing", expiration_date="missing",
        infusion_times="missing", response_to_therapy="missing", prior_authorization="missing",
        code_selection="not_applicable", smoking_status="conflict",
    ),
    "findings": [
        F("genotype", ("d3", "PiMS"), alleles=["M", "S"]),
        F("serum_aat", ("d3", "118                mg/dL    ALPHA-1-ANTITRYPSIN"), value=118, unit="mg/dL"),
        F("lung_disease", ("d2", "Mild obstructive ventilatory defect"), value="airflow_obstruction"),
        W(("d1", "Wt 92.1 kg (stated)"), 92.1, "kg"),
        W(("d2", "Wt 93.0 kg"), 93.0, "kg"),
        F("fev1", ("d2", "FEV1 71 % predicted"), value=71),
        F("fev1", ("d2", "3.84     84"), value=84),
        F("smoking_status", ("d1", "Smokes 1/2 pack per day since age 17"), value="current"),
    ],
    "notes": (
        "NEGATIVE CONTROL (not about A1PI): ED note for an asthma exacerbation in a current smoker, "
        "with the PCP-ordered PFT and AAT tests (118 mg/dL nephelometry, phenotype MS). Claim lines "
        "are ED services and non-A1PI drugs (J7620 albuterol/ipratropium, J3475 magnesium), so there "
        "are no A1PI drug lines: units_match_dose and code_selection not_applicable; wastage missing. "
        "Decisions: the PFT's 'mild obstructive ventilatory defect' (reversible, asthma) is an "
        "affirmed airflow_obstruction finding, so lung_disease_evidence is met; 'possible early COPD' "
        "and 'asthma-COPD overlap' are uncertain (not findings); asthma is not a listed "
        "lung_disease value. Traps: 'Alpha-1 antitrypsin deficiency is unlikely' "
        "(negated/uncertain); 'carrier, not deficient'; grandfather 'COPD/emphysema' (family); "
        "threshold and general AATD text in the lab comments; reference 'MM'; dexamethasone 16 mg, "
        "magnesium 2 g with start/stop 14:32-14:52 (not A1PI times), prednisone 40 mg, nicotine "
        "patch 21 mg; stated ED weight 92.1 kg and PFT weight 93.0 kg."
    ),
}

ARITH = {
    "negative_control": True,
    "note": "no A1PI administered; claim has only ED and non-A1PI drug lines",
    "weight_kg": None,
}
