# b7-010: NEGATIVE CONTROL. Young former smoker with upper-lobe centrilobular emphysema; AAT testing normal,
# AATD ruled out. Telehealth follow-up note + CT report + lab (level + LC-MS/MS proteotype). Commercial. No claim lines.

TELE = """
LAKESHORE HEALTH - PULMONARY MEDICINE
Telehealth Follow-up (synchronous audio-video, Doxy.me)
Patient: Tomas Echeverria-Lund     DOB 10/22/1986 (39 y)     MRN LH-2209471
Date: 11/18/2025    Time: 2:30 PM - 2:52 PM     Provider: Hana Sato, MD
Patient location: home (Grand Rapids, MI). Provider location: clinic office.
Consent for telehealth obtained verbally. Identity verified with DOB and photo ID.
Payer: Priority Health Commercial HMO

HPI: 39-year-old man seen in clinic 10/21/2025 for exertional dyspnea and a CT showing
emphysema at a young age; at that visit I sent AAT level and proteotype to rule out
alpha-1 antitrypsin deficiency. He returns by video to review results. He quit smoking
08/2025 (smoked 1 ppd x 18 yr = 18 pack-years), using nicotine gum 2 mg a few times a
day. Dyspnea unchanged; walking 20 minutes daily. Cough much better since quitting.
Also vaped nicotine 2019-2023; none now. Cannabis: none.

He mentions a maternal aunt "had alpha-1" and was on infusions before she died; no one
else in the family has been tested.

Results reviewed with patient:
- Serum alpha-1 antitrypsin 10/21/2025: 138 mg/dL (ref 100-190), normal.
- AAT proteotype (LC-MS/MS): Negative for S and Z (non-S, non-Z).
- CRP 3.2 mg/L (not acutely inflamed, so level is interpretable).
- Spirometry 10/21/2025: post-BD FEV1 3.01 L (68% predicted), FEV1/FVC 0.63 - mild-to-
  moderate airflow obstruction.
- CT chest 10/02/2025: upper-lobe predominant centrilobular emphysema (see report).

Weight (pt-reported home scale today): 168 lb. Clinic weight 10/21/2025: 77.1 kg.

Assessment:
1. Centrilobular emphysema / COPD in a 39-year-old former smoker, smoking-related
   pattern (upper lobe, centrilobular).
2. Alpha-1 antitrypsin deficiency ruled out: normal level and no S or Z protein. Not a
   candidate for augmentation therapy (payer criteria such as AAT < 11 umol/L or
   < 57 mg/dL by nephelometry and a deficient genotype are not met, and none apply).
   Had the level been low we would have reflexed to SERPINA1 sequencing; not needed.
3. Tobacco use disorder, in early remission.

Plan:
- Continue Anoro Ellipta 62.5/25 mcg 1 inhalation daily; albuterol PRN.
- Pulmonary rehab referral (Phase II), 3x/week x 12 weeks.
- Nicotine gum taper; relapse-prevention counseling provided (5 min).
- Lung cancer screening LDCT annually starting at age 50 per USPSTF (not yet eligible).
- Aunt's history: no indication for further testing given his normal proteotype; his
  mother may discuss testing with her PCP.
- Return in person 3 months with full PFTs.

Total time 22 minutes, >50% counseling.
Hana Sato, MD   11/18/2025 3:05 PM
"""

CT = """
LAKESHORE HEALTH - DEPARTMENT OF RADIOLOGY
EXAM: CT CHEST WITHOUT CONTRAST          ACC# CT-25-0883412
PATIENT: ECHEVERRIA-LUND, TOMAS   DOB 10/22/1986   MRN LH-2209471
DATE OF EXAM: 10/02/2025 16:14    ORDERING: Mara Jensen, PA-C (urgent care)
INDICATION: Dyspnea on exertion, 18 pack-year smoker, abnormal chest x-ray.

TECHNIQUE: Helical CT of the chest without IV contrast, 1.25 mm reconstructions.
DLP 212 mGy-cm.

FINDINGS:
Lungs: Moderate centrilobular emphysema, upper-lobe predominant, most severe in the
apical and posterior segments of the right upper lobe. Mild bronchial wall thickening.
No panlobular/basilar-predominant pattern. No consolidation. 3 mm solid nodule right
middle lobe (image 88), likely benign.
Pleura: No effusion or pneumothorax.
Mediastinum: No lymphadenopathy. Normal heart size. No pericardial effusion.
Upper abdomen: Unremarkable liver contour. No splenomegaly.
Bones: No aggressive osseous lesion.

IMPRESSION:
1. Moderate upper-lobe predominant centrilobular emphysema, unusual for age; clinical
   correlation and consideration of alpha-1 antitrypsin testing suggested.
2. 3 mm RML nodule - no follow-up needed in low-risk patient per Fleischner 2017; in a
   smoker, optional 12-month CT.

Dictated by: Owen Pratt, MD   Signed 10/02/2025 17:40
"""

LAB = """
LAKESHORE HEALTH LABORATORY SERVICES
Patient: ECHEVERRIA-LUND, TOMAS     DOB: 10/22/1986     MRN: LH-2209471
Collected: 10/21/2025 11:05    Resulted: 10/29/2025 09:40    Ordering: SATO, HANA MD

Alpha-1-Antitrypsin, Serum
   Result: 138 mg/dL        Reference: 100-190 mg/dL        Method: nephelometry
   Interpretation: Within reference range.

A1AT Proteotype S/Z, LC-MS/MS (send-out, Mayo Clinic Laboratories)
   Result: Negative for S and Z phenotype (Non S Non Z)
   Interpretation: No S or Z protein variants detected. This assay does not detect rare
   or null variants; if clinical suspicion remains with a low AAT concentration, consider
   SERPINA1 gene sequencing.

C-Reactive Protein: 3.2 mg/L (ref <= 8.0)
CBC with differential
   WBC 7.9 x10^3/uL (4.0-11.0)   Hgb 15.8 g/dL (13.5-17.5)   Plt 231 x10^3/uL (150-400)
IgE, total: 88 kU/L (ref < 114)
Eosinophils, absolute: 0.21 x10^3/uL
Hepatic function panel: AST 23, ALT 29, ALP 71, T bili 0.8, albumin 4.6 (all within range)

Specimen comments: serum separated within 2 h; hemolysis index 0.
Send-out tracking: MCL order # 5517730921, shipped 10/21/2025 18:00, received 10/22/2025.
Results released to patient portal 10/29/2025 12:00 (per 21st Century Cures Act).
"""

CHART = {
    "chart_id": "b7-010",
    "date_of_service": "2025-11-18",
    "payer": {"profile": "commercial", "name": "Priority Health Commercial HMO"},
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-11-18", "text": TELE},
        {"id": "d2", "type": "other", "date": "2025-10-02", "text": CT},
        {"id": "d3", "type": "lab_report", "date": "2025-10-29", "text": LAB},
    ],
}

GOLD = {
    "chart_id": "b7-010",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "missing",
        "genotype": "conflict",
        "serum_aat_level": "conflict",
        "lung_disease_evidence": "met",
        "patient_weight": "met",
        "dose_administered": "missing",
        "dose_matches_weight": "missing",
        "units_match_dose": "not_applicable",
        "wastage_documented": "missing",
        "lot_number": "missing",
        "expiration_date": "missing",
        "infusion_times": "missing",
        "response_to_therapy": "missing",
        "prior_authorization": "missing",
        "code_selection": "not_applicable",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "M"]},
        {"kind": "serum_aat", "value": 138, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 68},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 168, "unit": "lb", "value_kg": 76.2},
        {"kind": "weight", "value": 77.1, "unit": "kg", "value_kg": 77.1},
    ],
    "notes": (
        "Negative control: AATD ruled out (AAT 138 mg/dL, proteotype 'Negative for S and Z' -> [M,M], non-deficient "
        "-> genotype conflict; level >= 57 -> serum conflict). 'to rule out alpha-1 antitrypsin deficiency' is "
        "uncertain and 'Alpha-1 antitrypsin deficiency ruled out' negated -> aatd_diagnosis missing; maternal aunt 'had "
        "alpha-1' is family. No infusion, no claim lines -> units/code not_applicable, wastage missing. Commercial PA "
        "missing. Former smoker (quit 08/2025; nicotine gum is not smoking) -> met. FEV1 68% -> fev1_range met. "
        "Weights: pt-reported 168 lb today (168 x 0.45359237 = 76.20 -> 76.2 kg) and clinic 77.1 kg on 10/21 -> "
        "two weight findings; patient_weight met. "
        "Traps: payer criteria quoted ('AAT < 11 umol/L or < 57 mg/dL'), reference 100-190, hypothetical reflex "
        "sequencing, nicotine gum 2 mg, Anoro 62.5/25 mcg, DLP 212 mGy-cm, 3 mm nodule, CT impression suggesting testing "
        "(not a diagnosis), telehealth times 2:30-2:52 PM."
    ),
}
