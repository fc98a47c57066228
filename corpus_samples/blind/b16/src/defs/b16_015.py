from _lib import F, W, reqs, gold

D1 = """Quest Diagnostics                                                     REPORT STATUS: FINAL
CLIENT: RIVERTON FAMILY HEALTH CENTER (FQHC)       ACCESSION: WR882104Q
PATIENT: MCALLISTER-DUFRESNE, TAMARA L             DOB: 11/02/1979   AGE: 45   SEX: F
ORDERING: OKAFOR, CHIDINMA, NP                     COLLECTED: 06/24/2025 09:02
                                                   RECEIVED: 06/25/2025 01:40
                                                   REPORTED: 06/30/2025 16:22

TEST                                      RESULT            FLAG   REFERENCE        UNITS    LAB
ALPHA-1-ANTITRYPSIN WITH PHENOTYPE
  ALPHA-1-ANTITRYPSIN, SERUM              98                L      100-188          mg/dL    EZ
  ALPHA-1-ANTITRYPSIN PHENOTYPE           MZ                                                 EZ
  COMMENT:
    Phenotype MZ (heterozygous carrier of the Z allele). Serum concentrations in MZ
    individuals are typically intermediate. MZ carriers are not considered to have severe
    deficiency; smoking cessation is strongly advised because MZ smokers have an increased risk
    of COPD. Augmentation therapy is not indicated for the MZ phenotype per current guidelines.
    First-degree relatives may be offered testing.
    Reference phenotype: MM.
ALPHA-1 ANTITRYPSIN GENOTYPE (REFLEX)
  S ALLELE                                NOT DETECTED                                       EZ
  Z ALLELE                                DETECTED (1 COPY)                                  EZ
  INTERPRETATION: MZ genotype. Heterozygous for the Z allele (c.1096G>A).
COTININE, SERUM                           212               H      <10              ng/mL    EZ
  Consistent with active tobacco/nicotine use (>10 ng/mL).
C-REACTIVE PROTEIN                        6.4                      <8.0             mg/L     EZ

PERFORMING SITE:
EZ  QUEST DIAGNOSTICS-WOOD DALE, 1355 MITTEL BLVD, WOOD DALE, IL 60191-1024
    Laboratory Director: Anthony V Thomas, MD   CLIA: 14D0417052
"""

D2 = """RIVERTON FAMILY HEALTH CENTER - PULMONARY OUTREACH CLINIC
DICTATED CONSULTATION

DATE OF CONSULTATION: 07/15/2025
PATIENT: McAllister-Dufresne, Tamara L        DOB: 11/02/1979        MRN: RFH-0019384
CONSULTANT: Emeka J. Abernathy-Nwosu, MD, Pulmonology
REQUESTING: Chidinma Okafor, NP
Transcription: speech recognition (Fluency Direct). Reviewed.

REASON FOR CONSULTATION: Abnormal alpha one screen, question of augmentation therapy.

HISTORY OF PRESENT ILLNESS: Ms. McAllister-Dufresne is a forty five year old woman with COPD
diagnosed two years ago, who was screened for alpha one antitrypsin deficiency by Nurse
Practitioner Okafor after her father was diagnosed P I Z Z. Her alpha one level came back at
ninety eight milligrams per deciliter, phenotype M Z, and the reflex genotype confirmed one Z
allele and no S allele. She was referred to discuss whether she needs the infusions her father
gets.

She has had a productive cough in the mornings for about three years and gets short of breath
climbing two flights. Two bronchitis episodes last winter treated with azithromycin, no
steroids, no hospital visits. She is currently smoking about half a pack per day, down from a
pack, thirty pack years total. She tried the nicotine patch last year for two weeks.

Her father, age seventy one, has P I Z Z with severe emphysema and gets pro Lasten see liquid,
about five thousand milligrams a week, at an infusion center in Ohio. Her father's level was
twenty one. Her mother is deceased, not tested. Her brother has not been tested.

PAST HISTORY: COPD, anxiety, obesity class one, G E R D, tubal ligation.

MEDICATIONS: Albuterol as needed, Anoro Ellipta one inhalation daily, started by N P Okafor in
March. Sertraline fifty milligrams daily. Omeprazole twenty milligrams daily.

SOCIAL: Current smoker as above. Works at a distribution warehouse, forklift operator. Two
teenage children.

EXAMINATION: Weight sixty one point two kilograms, height one sixty three centimeters.
Saturation ninety six percent room air. Mild expiratory wheezes, good air movement. No clubbing.

PULMONARY FUNCTION, today: Post bronchodilator F E V one two point one four liters, sixty three
percent predicted, F V C eighty one percent, ratio zero point six two, consistent with moderate
airflow obstruction. D L C O seventy eight percent. Chest CT in May showed mild centrilobular
emphysema in the upper lobes, no panlobular change, no bronchiectasis.

IMPRESSION:
1. COPD, GOLD two, with mild upper lobe centrilobular emphysema, related to active smoking.
2. P I M Z heterozygous carrier state with an alpha one level of ninety eight. This is not
severe alpha one antitrypsin deficiency, and augmentation therapy is not indicated. If she were
P I Z Z with a level under eleven micromolar and stopped smoking, she would be a candidate, but
that is not the case.
3. Tobacco use disorder, current.

RECOMMENDATIONS:
1. Smoking cessation is the single most important intervention. Start varenicline, half a
milligram daily for three days, then twice daily, then one milligram twice daily; quit date
August first. Quitline referral placed.
2. Continue Anoro, albuterol as needed. Pulmonary rehab referral.
3. Influenza, pneumococcal and R S V vaccines per N P.
4. Offer testing to her brother and her two children, genetic counseling referral.
5. No augmentation therapy. No prior authorization request will be submitted.
6. Repeat spirometry in one year.

Thank you for this consultation.
Emeka J. Abernathy-Nwosu, MD    D: 07/15/2025 11:42   T: 07/15/2025 12:10
"""

CHART = {
    "chart_id": "b16-015",
    "payer": {"profile": "medicaid", "name": "Riverton County Medicaid (managed care)"},
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2025-06-30", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-07-15", "text": D2},
    ],
}

FINDINGS = [
    (F("genotype", alleles=["M", "Z"]), "ALPHA-1-ANTITRYPSIN PHENOTYPE           MZ"),
    (F("serum_aat", value=98, unit="mg/dL"), "ALPHA-1-ANTITRYPSIN, SERUM              98"),
    (F("lung_disease", value="copd"), "COPD, GOLD two"),
    (F("lung_disease", value="emphysema"), "mild centrilobular\nemphysema in the upper lobes"),
    (F("lung_disease", value="airflow_obstruction"), "moderate\nairflow obstruction"),
    (W(61.2), "Weight sixty one point two kilograms"),
    (F("fev1", value=63), "sixty three\npercent predicted"),
    (F("smoking_status", value="current"), "She is currently smoking about half a pack per day"),
]

GOLD = gold(CHART, "medicaid", reqs(
    "medicaid",
    aatd_diagnosis="missing", genotype="conflict", serum_aat_level="conflict", lung_disease_evidence="met",
    patient_weight="met", dose_administered="missing", dose_matches_weight="missing",
    units_match_dose="not_applicable", wastage_documented="missing", lot_number="missing",
    expiration_date="missing", infusion_times="missing", response_to_therapy="missing",
    prior_authorization="missing", code_selection="not_applicable", smoking_status="conflict",
), FINDINGS,
    "NEGATIVE CONTROL: PI*MZ carrier with COPD, active smoker, no therapy, no claim lines, no date_of_service "
    "(DOS = 07/15/2025). aatd_diagnosis missing: 'screened for alpha one antitrypsin deficiency', 'not severe "
    "alpha one antitrypsin deficiency' and 'carrier state' are not an affirmed AATD diagnosis. genotype "
    "conflict (MZ, phenotype and reflex genotype agree); serum conflict (98 mg/dL); smoking conflict (current; "
    "cotinine 212). Father PI*ZZ, level 21, on 'about five thousand milligrams a week' of Prolastin-C Liquid is "
    "family; 'If she were P I Z Z with a level under eleven micromolar' is hypothetical; Quest 'Reference "
    "phenotype: MM' and the MZ comment are general. Varenicline, sertraline, omeprazole doses are other drugs. "
    "'No prior authorization request will be submitted' -> PA missing (medicaid).")

ARITH = {
    "dos": "2025-07-15",
    "product_dos": [],
    "weight_kg": 61.2, "weight_source": "dictated exam 07/15/2025",
    "dose_mg": None, "dose_source": "no A1PI therapy",
    "code": None, "bu": None, "units_billed": None, "waste_mg": None, "jw_units_billed": None,
    "lots": [],
    "serum_rid": [],
    "response_in_progress_note": False,
}
